import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listLifeEvents } from '@/lib/catalogue/catalogue';
import { LifeEventList } from '@/components/life-events/LifeEventList';
import { pageLocale } from '@/i18n/page-locale';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'LifeEvents' });
  return { title: t('title'), description: t('intro') };
}

/** Every life event, the parent of each life event's page (/en/life-events, /fr/evenements-de-vie). */
export default async function LifeEventsPage({ params }: Props) {
  const locale = pageLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('LifeEvents');
  return (
    <div className="container">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <LifeEventList lifeEvents={listLifeEvents(locale)} locale={locale} />
    </div>
  );
}
