import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { findListing, sourceTitle } from '@/lib/reports/listings';
import type { AppLocale } from '@/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ kind?: string | string[]; id?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Reports' });
  return { title: t('sentTitle'), robots: { index: false } };
}

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? value[0] : value) ?? '';

/** Where POST /api/v1/reports sends a person (303) once the report is received: what happens next, and the way back. */
export default async function ReportReceivedPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Reports');
  const query = await searchParams;
  const kind = first(query.kind);
  const listing = kind === 'location' || kind === 'service' ? findListing(kind, first(query.id)) : undefined;
  return (
    <div className="container prose">
      <h1>{t('sentTitle')}</h1>
      {listing ? <p>{t('sentAbout', { name: listing.name[locale], source: sourceTitle(listing.sourceId, locale) })}</p> : null}
      <p>{t('sentNext')}</p>
      <p>{t('sentNoReply')}</p>
      {listing ? (
        <p>
          <a href={listing.paths[locale]}>{t('sentBack', { name: listing.name[locale] })}</a>
        </p>
      ) : null}
    </div>
  );
}
