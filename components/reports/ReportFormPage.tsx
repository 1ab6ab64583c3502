import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { findListing } from '@/lib/reports/listings';
import type { ListingKind } from '@/lib/reports/validation';
import { ReportForm, reportError } from './ReportForm';

type Locale = 'en' | 'fr';

/** Title of the report form of a listing (a service point or a service); not indexed. */
export async function reportFormMetadata(kind: ListingKind, key: string, locale: Locale): Promise<Metadata> {
  const listing = findListing(kind, key);
  if (!listing) return {};
  const t = await getTranslations({ locale, namespace: 'Reports' });
  return { title: `${t('formTitle')} – ${listing.name[locale]}`, robots: { index: false } };
}

/** The report form page of a listing, shared by service points and services. */
export async function ReportFormPage({
  kind,
  listingKey,
  locale,
  error,
}: {
  kind: ListingKind;
  listingKey: string;
  locale: Locale;
  error: string | string[] | undefined;
}) {
  setRequestLocale(locale);
  const listing = findListing(kind, listingKey);
  if (!listing) notFound();
  const t = await getTranslations('Reports');
  return (
    <div className="container">
      <h1>{t('formTitle')}</h1>
      <ReportForm kind={kind} id={listing.id} locale={locale} name={listing.name[locale]} error={reportError(error)} />
      <p>
        <a href={listing.paths[locale]}>{t('back')}</a>
      </p>
    </div>
  );
}
