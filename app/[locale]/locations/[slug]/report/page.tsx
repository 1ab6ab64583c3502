import type { Metadata } from 'next';
import { ReportFormPage, reportFormMetadata } from '@/components/reports/ReportFormPage';
import type { AppLocale } from '@/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ error?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return reportFormMetadata('location', slug, locale);
}

export default async function LocationReportPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  return <ReportFormPage kind="location" listingKey={slug} locale={locale} error={(await searchParams).error} />;
}
