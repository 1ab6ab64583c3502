import type { Metadata } from 'next';
import { ReportFormPage, reportFormMetadata } from '@/components/reports/ReportFormPage';
import type { AppLocale } from '@/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale; id: string }>; searchParams: Promise<{ error?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  return reportFormMetadata('service', id, locale);
}

export default async function ServiceReportPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  return <ReportFormPage kind="service" listingKey={id} locale={locale} error={(await searchParams).error} />;
}
