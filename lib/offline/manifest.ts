import type { AppLocale } from '@/i18n/routing';

export const THEME_COLOR = '#1d4f6e';
export const BACKGROUND_COLOR = '#ffffff';

/** Icons served from the site root (app/app-icon-*.png, app/app-icon.svg). */
export const ICONS = [
  { src: '/app-icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  { src: '/app-icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/app-icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/app-icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

export const MANIFEST_PATHS: Record<AppLocale, string> = { en: '/manifest-en.webmanifest', fr: '/manifest-fr.webmanifest' };

const TEXT = {
  en: {
    name: 'Guichet — Government services near you',
    short_name: 'Guichet',
    description:
      'Find where to get a Canadian government service: offices, counters and outreach visits, with hours in their own time zone.',
  },
  fr: {
    name: 'Guichet — Services gouvernementaux près de chez vous',
    short_name: 'Guichet',
    description:
      'Trouvez où obtenir un service gouvernemental au Canada : bureaux, comptoirs et visites itinérantes, avec les heures dans leur propre fuseau horaire.',
  },
} as const;

/**
 * The web app manifest of one language: its own names, start page and scope, plus the other language's names in the
 * manifest's localization members (name_localized…), so both languages are named whichever one is installed.
 */
export function webManifest(locale: AppLocale) {
  const other: AppLocale = locale === 'en' ? 'fr' : 'en';
  const otherTag = other === 'fr' ? 'fr-CA' : 'en-CA';
  return {
    id: `/${locale}`,
    lang: locale === 'fr' ? 'fr-CA' : 'en-CA',
    dir: 'ltr',
    ...TEXT[locale],
    name_localized: { [otherTag]: TEXT[other].name },
    short_name_localized: { [otherTag]: TEXT[other].short_name },
    description_localized: { [otherTag]: TEXT[other].description },
    start_url: `/${locale}`,
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    categories: ['government', 'utilities'],
    icons: ICONS,
  };
}

export function manifestResponse(locale: AppLocale): Response {
  return new Response(JSON.stringify(webManifest(locale), null, 1), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
}
