import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { listLifeEvents } from '@/lib/catalogue/catalogue';
import { LifeEventList } from '@/components/life-events/LifeEventList';
import { getSnapshot } from '@/lib/data/server';
import { GovernmentOrder } from '@/lib/model/schema';
import { SearchForm } from '@/components/search/SearchForm';
import { getPathname } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  return { title: { absolute: t('title') } };
}

export default async function HomePage({ params }: Props) {
  const locale = pageLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('Home');
  const orders = await getTranslations('Orders');
  const format = await getFormatter();
  const lifeEvents = listLifeEvents(locale);
  const { snapshot } = getSnapshot();
  const ordersWithData = GovernmentOrder.options.filter((order) =>
    snapshot.sources.some((s) => s.order === order && s.counts.imported > 0),
  );
  return (
    <div className="container">
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <SearchForm action={getPathname({ href: '/search', locale })} values={{}} lifeEvents={lifeEvents} filters={false} />
      <p className="muted">
        {t('dataLine', {
          points: format.number(snapshot.servicePoints.length),
          orders: format.list(
            ordersWithData.map((order) => orders(order).toLowerCase()),
            { type: 'conjunction' },
          ),
        })}{' '}
        <a href={getPathname({ href: '/about-the-data', locale })}>{t('aboutLink')}</a>
      </p>
      <section aria-labelledby="life-events-heading">
        <h2 id="life-events-heading">{t('lifeEventsHeading')}</h2>
        <p>{t('lifeEventsIntro')}</p>
        <LifeEventList lifeEvents={lifeEvents} locale={locale} />
      </section>
    </div>
  );
}
