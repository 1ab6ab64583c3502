import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { findListing } from '@/lib/reports/listings';
import { ReportForm, reportError } from '@/components/reports/ReportForm';
import type { AppLocale } from '../../../../_i18n/routing';

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ error?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const listing = findListing('location', slug);
  if (!listing) return {};
  const t = await getTranslations({ locale, namespace: 'Reports' });
  return { title: `${t('formTitle')} – ${listing.name[locale]}`, robots: { index: false } };
}

export default async function LocationReportPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const listing = findListing('location', slug);
  if (!listing) notFound();
  const t = await getTranslations('Reports');
  const error = reportError((await searchParams).error);
  return (
    <div className="container">
      <h1>{t('formTitle')}</h1>
      <ReportForm kind="location" id={listing.id} locale={locale} name={listing.name[locale]} error={error} />
      <p>
        <a href={listing.paths[locale]}>{t('back')}</a>
      </p>
    </div>
  );
}
