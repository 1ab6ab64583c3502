import { defineRouting } from 'next-intl/routing';

export const locales = ['en', 'fr'] as const;
export type AppLocale = (typeof locales)[number];

/** Internal route → public path per language. French URLs get French slugs. */
export const pathnames = {
  '/': '/',
  '/search': { en: '/search', fr: '/recherche' },
  '/locations/[slug]': { en: '/locations/[slug]', fr: '/lieux/[slug]' },
  '/services/[id]': { en: '/services/[id]', fr: '/services/[id]' },
  '/life-events': { en: '/life-events', fr: '/evenements-de-vie' },
  '/life-events/[id]': { en: '/life-events/[id]', fr: '/evenements-de-vie/[id]' },
  '/about-the-data': { en: '/about-the-data', fr: '/a-propos-des-donnees' },
  '/accessibility': { en: '/accessibility', fr: '/accessibilite' },
  '/coverage': { en: '/coverage', fr: '/couverture' },
  '/planning': { en: '/planning', fr: '/planification' },
  '/locations/[slug]/report': { en: '/locations/[slug]/report', fr: '/lieux/[slug]/signaler' },
  '/services/[id]/report': { en: '/services/[id]/report', fr: '/services/[id]/signaler' },
  '/report-received': { en: '/report-received', fr: '/signalement-recu' },
  '/stewards': { en: '/stewards', fr: '/intendants' },
  '/offline': { en: '/offline', fr: '/hors-ligne' },
  '/open-data': { en: '/open-data', fr: '/donnees-ouvertes' },
  '/open-data/check': { en: '/open-data/check', fr: '/donnees-ouvertes/verifier' },
} as const;

export const routing = defineRouting({
  locales,
  defaultLocale: 'en',
  localePrefix: 'always',
  pathnames,
});

export function isAppLocale(value: string): value is AppLocale {
  return (locales as readonly string[]).includes(value);
}
