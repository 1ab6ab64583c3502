import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { isAppLocale, locales } from '@/i18n/routing';
import { pageLocale } from '@/i18n/page-locale';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { OfflineBanner } from '@/components/offline/OfflineBanner';
import { ServiceWorkerRegistration } from '@/components/offline/ServiceWorkerRegistration';
import { MANIFEST_PATHS, THEME_COLOR } from '@/lib/offline/manifest';
import '../globals.css';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isAppLocale(locale) ? locale : 'en', namespace: 'Metadata' });
  return {
    title: { template: `%s | ${t('siteName')}`, default: t('siteName') },
    description: t('description'),
    formatDetection: { telephone: false },
    manifest: MANIFEST_PATHS[isAppLocale(locale) ? locale : 'en'],
    icons: { icon: [{ url: '/app-icon.svg', type: 'image/svg+xml' }], apple: '/app-icon-192.png' },
  };
}

export const viewport: Viewport = { themeColor: THEME_COLOR };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = pageLocale((await params).locale);
  setRequestLocale(locale);
  const requestHeaders = await headers();
  const t = await getTranslations('Layout');
  const offline = await getTranslations('Offline');
  return (
    <html lang={locale === 'fr' ? 'fr-CA' : 'en-CA'}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {/* No NextIntlClientProvider: client components get their words as props, so pages carry no catalogue. */}
        <OfflineBanner locale={locale} labels={{ offline: offline('bannerOffline'), saved: offline('bannerSaved', { date: '{date}' }) }} />
        <SiteHeader
          locale={locale}
          path={requestHeaders.get('x-guichet-path') ?? `/${locale}`}
          search={requestHeaders.get('x-guichet-search') ?? ''}
        />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
