import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { OFFLINE_LIMITS } from '@/lib/offline/service-worker';
import { SavedPages } from '@/components/offline/SavedPages';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** What the service worker shows for a page that is not saved when the network is down (stored at install). */
export default async function OfflinePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Offline');
  return (
    <div className="container prose offline-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p>{t('tryAgain')}</p>
      <h2>{t('savedHeading')}</h2>
      <SavedPages
        locale={locale}
        labels={{
          none: t('savedNone'),
          noScript: t('savedNoScript'),
          savedOn: t('savedItem', { date: '{date}' }),
          forget: t('forget'),
          forgotten: t('forgotten'),
        }}
      />
      <p className="muted">{t('howItWorks', { pages: OFFLINE_LIMITS.pages, results: OFFLINE_LIMITS.results })}</p>
      <p>
        <a href={getPathname({ href: '/', locale: locale })}>{t('home')}</a>
      </p>
    </div>
  );
}
