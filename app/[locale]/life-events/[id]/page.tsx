import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getCatalogue, getLifeEvent } from '@/lib/catalogue/catalogue';
import { GovernmentOrder } from '@/lib/model/schema';
import { presentChannels } from '@/lib/search/present';
import { ServiceChannels } from '@/components/services/ServiceChannels';
import { getPathname } from '../../../_i18n/navigation';
import type { AppLocale } from '../../../_i18n/routing';

type Props = { params: Promise<{ locale: AppLocale; id: string }>; searchParams: Promise<{ order?: string | string[] }> };

const PROVINCE_CODE = /^[A-Z]{2}$/;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const event = getLifeEvent(id, locale);
  return event ? { title: event.name, description: event.description } : {};
}

export default async function LifeEventPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const event = getLifeEvent(id, locale);
  if (!event) notFound();
  const t = await getTranslations('LifeEvent');
  const orders = await getTranslations('Orders');
  const provinces = await getTranslations('Provinces');
  const rawOrder = (await searchParams).order;
  const orderParam = Array.isArray(rawOrder) ? rawOrder[0] : rawOrder;
  const order = GovernmentOrder.safeParse(orderParam).success ? (orderParam as GovernmentOrder) : undefined;
  const groups = event.governments.filter((group) => !order || group.order === order);
  const ordersPresent = [...new Set(event.governments.map((g) => g.order))];
  const catalogue = getCatalogue();
  const action = getPathname({ href: { pathname: '/life-events/[id]', params: { id } }, locale });
  const searchHref = `${getPathname({ href: '/search', locale })}?event=${encodeURIComponent(id)}`;
  const jurisdictionName = (jurisdiction: string) => (jurisdiction === 'CA' ? t('canada') : PROVINCE_CODE.test(jurisdiction) ? provinces(jurisdiction) : jurisdiction);
  return (
    <div className="container">
      <h1>{event.name}</h1>
      <p className="lead">{event.description}</p>
      <p>
        <a className="button" href={searchHref}>
          {t('findNearby')}
        </a>
      </p>
      <form method="get" action={action} className="inline-form" aria-label={t('filterLabel')}>
        <div className="field">
          <label htmlFor="order">{t('orderLabel')}</label>
          <select id="order" name="order" defaultValue={order ?? ''}>
            <option value="">{t('allGovernments')}</option>
            {ordersPresent.map((o) => (
              <option key={o} value={o}>
                {orders(o)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t('apply')}
        </button>
      </form>
      <p role="status">{t('count', { count: groups.reduce((n, g) => n + g.services.length, 0) })}</p>
      {groups.map((group) => (
        <section key={`${group.order}-${group.jurisdiction}`} aria-labelledby={`group-${group.order}-${group.jurisdiction}`}>
          <h2 id={`group-${group.order}-${group.jurisdiction}`}>
            {orders(group.order)} · {jurisdictionName(group.jurisdiction)}
          </h2>
          <ul className="service-list">
            {group.services.map((summary) => {
              const service = catalogue.serviceById.get(summary.id)!;
              const channels = presentChannels(service, locale);
              return (
                <li key={summary.id}>
                  <h3>
                    <a href={channels.path}>{summary.name}</a>
                  </h3>
                  <p>{summary.description}</p>
                  <p className="muted">{summary.organization.name}</p>
                  <ServiceChannels service={channels} />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
