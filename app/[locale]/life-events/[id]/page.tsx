import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getCatalogue, getLifeEvent, getOfficeFinder, lifeEventIdFromSlug, lifeEventSlug } from '@/lib/catalogue/catalogue';
import { GovernmentOrder, isProvinceCode } from '@/lib/model/schema';
import { presentChannels, presentOutcome } from '@/lib/search/present';
import { getSearchIndex } from '@/lib/search/server';
import { search } from '@/lib/search/engine';
import { getSnapshot } from '@/lib/data/server';
import { lifeEventServiceApplies, replacementRuleAt, resolveLifeEventPlace } from '@/lib/display/life-event-place';
import { ServiceChannels } from '@/components/services/ServiceChannels';
import { OtherLanguageNote } from '@/components/services/OtherLanguageNote';
import { ServicePointCard } from '@/components/service-points/ServicePointCard';
import { getPathname } from '@/i18n/navigation';
import { frenchElision } from '@/lib/i18n-text';
import type { AppLocale } from '@/i18n/routing';

type Props = {
  params: Promise<{ locale: AppLocale; id: string }>;
  searchParams: Promise<{ order?: string | string[]; near?: string | string[] }>;
};

/** Nearest places listed for the services that need a visit. */
const NEAREST = 5;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id: slug } = await params;
  const id = lifeEventIdFromSlug(slug);
  const event = id ? getLifeEvent(id, locale) : undefined;
  return event ? { title: event.name, description: event.description } : {};
}

const pagePath = (id: string, locale: AppLocale): string =>
  getPathname({ href: { pathname: '/life-events/[id]', params: { id: lifeEventSlug(id, locale) } }, locale });

export default async function LifeEventPage({ params, searchParams }: Props) {
  const { locale, id: slug } = await params;
  setRequestLocale(locale);
  const id = lifeEventIdFromSlug(slug);
  if (!id) notFound();
  const raw = await searchParams;
  const orderParam = first(raw.order);
  const near = (first(raw.near) ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
  // Each language has its own slug (/fr/evenements-de-vie/avoir-un-bebe); the other one redirects, keeping the query.
  if (slug !== lifeEventSlug(id, locale)) {
    const query = new URLSearchParams();
    if (orderParam) query.set('order', orderParam);
    if (near) query.set('near', near);
    const search = query.toString();
    permanentRedirect(`${pagePath(id, locale)}${search ? `?${search}` : ''}`);
  }
  const event = getLifeEvent(id, locale);
  if (!event) notFound();
  const t = await getTranslations('LifeEvent');
  const s = await getTranslations('Search');
  const orders = await getTranslations('Orders');
  const provinces = await getTranslations('Provinces');
  const order = GovernmentOrder.safeParse(orderParam).success ? (orderParam as GovernmentOrder) : undefined;
  const index = getSearchIndex();

  // Where the person lives decides which provincial and city programs apply; without it, federal programs only.
  const resolution = near ? resolveLifeEventPlace(near, index, locale) : null;
  const place = resolution?.status === 'resolved' ? resolution.place : null;
  const applies = (serviceId: string, serviceOrder: GovernmentOrder) => lifeEventServiceApplies(index, serviceId, serviceOrder, place);
  const localGroups = event.governments
    .map((group) => ({ ...group, services: group.services.filter((service) => applies(service.id, group.order)) }))
    .filter((group) => group.services.length > 0);
  // Federal programs the person's province replaces with its own (CPP and EI parental benefits in Quebec): said so.
  const replaced = event.governments
    .filter((group) => group.order === 'federal')
    .flatMap((group) => group.services)
    .flatMap((service) => {
      const rule = replacementRuleAt(index, service.id, place);
      return rule ? [{ id: service.id, name: service.name, note: rule.note[locale] }] : [];
    });
  const leftOut =
    event.governments.reduce((n, group) => n + group.services.length, 0) -
    localGroups.reduce((n, group) => n + group.services.length, 0) -
    replaced.length;
  const groups = localGroups.filter((group) => !order || group.order === order);
  const ordersPresent = [...new Set(localGroups.map((g) => g.order))];
  // Where Guichet holds no program of the person's province or territory: say so, and link its own office finder.
  const provinceMissing = place?.province && !localGroups.some((group) => group.jurisdiction === place.province) ? place.province : null;
  const finder = provinceMissing ? getOfficeFinder(provinceMissing, locale) : undefined;

  // The nearest places for the services that need a visit, when the place is known.
  const catalogue = getCatalogue();
  const at = new Date();
  const nearest = place
    ? presentOutcome(
        search(index, { q: '', near, lang: locale, lifeEvent: id, limit: NEAREST, offset: 0, at }),
        getSnapshot(),
        catalogue.serviceById,
        locale,
        at,
      )
    : null;
  const visitServices = localGroups.flatMap((group) => group.services.filter((service) => service.inPerson)).map((service) => service.name);

  const action = pagePath(id, locale);
  const searchHref = `${getPathname({ href: '/search', locale })}?event=${encodeURIComponent(id)}${near ? `&near=${encodeURIComponent(near)}` : ''}`;
  const jurisdictionName = (jurisdiction: string) =>
    jurisdiction === 'CA' ? t('canada') : isProvinceCode(jurisdiction) ? provinces(jurisdiction) : jurisdiction;
  return (
    <div className="container">
      <h1>{event.name}</h1>
      <p className="lead">{event.description}</p>
      <form method="get" action={action} className="inline-form" aria-label={t('filterLabel')}>
        <div className="field">
          <label htmlFor="near">{t('whereLegend')}</label>
          <span className="hint" id="near-hint">
            {t('whereHint')}
          </span>
          <input
            id="near"
            name="near"
            type="text"
            defaultValue={near}
            aria-describedby="near-hint"
            autoComplete="postal-code"
            maxLength={120}
          />
        </div>
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
      {resolution?.status === 'unknown' ? (
        <p className="notice">{resolution.reason === 'no-such-postal-code' ? s('unknownPostalCode') : s('unknownPlace')}</p>
      ) : null}
      {resolution?.status === 'invalid' ? <p className="notice">{s(`invalidPlace.${resolution.reason}`)}</p> : null}
      {resolution?.status === 'ambiguous' ? (
        <div className="notice">
          <p>
            {resolution.reason === 'rural-fsa'
              ? s('ambiguousRuralFsa')
              : resolution.reason === 'postal-code-places'
                ? s('ambiguousPostalCode')
                : s('ambiguousPlace')}
          </p>
          <ul>
            {resolution.choices.map((choice) => (
              <li key={`${choice.label}-${choice.lat}`}>
                <a href={`${action}?near=${encodeURIComponent(choice.label)}${order ? `&order=${order}` : ''}`}>{choice.label}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {place ? (
        <p className="life-event__place">{t('forPlace', { place: place.label, elision: frenchElision(place.label) })}</p>
      ) : (
        <p className="notice">{t('noPlace')}</p>
      )}
      {place && leftOut > 0 ? <p className="muted">{t('otherRegionsLeftOut', { count: leftOut })}</p> : null}
      {replaced.length > 0 ? (
        <div className="notice">
          <p>
            <strong>{s('replacedHeading')}</strong>
          </p>
          <ul>
            {replaced.map((service) => (
              <li key={service.id}>{s('replacedNote', { service: service.name, note: service.note })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {provinceMissing ? (
        <p className="notice">
          {finder ? (
            <>
              {t('noLocalData', { jurisdiction: finder.jurisdictionName })}{' '}
              <a href={finder.url} rel="noopener noreferrer" hrefLang={finder.language}>
                {s('officeGapLink', { label: finder.label })}
              </a>
              <OtherLanguageNote language={finder.language} />
            </>
          ) : (
            t('noLocalDataNoFinder', { jurisdiction: jurisdictionName(provinceMissing) })
          )}
        </p>
      ) : null}
      <p>
        <a className="button" href={searchHref}>
          {t('findNearby')}
        </a>
      </p>
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
                  {summary.inPerson ? <p className="tag status-warn">{t('needsVisit')}</p> : null}
                  <p>{summary.description}</p>
                  <p className="muted">{summary.organization.name}</p>
                  <ServiceChannels service={channels} placesListed={Boolean(nearest && nearest.results.length > 0)} />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {place && visitServices.length > 0 ? (
        <section aria-labelledby="nearest-heading">
          <h2 id="nearest-heading">{t('nearestHeading')}</h2>
          <p className="muted">{t('nearestFor', { services: [...new Set(visitServices)].join(', ') })}</p>
          {nearest && nearest.results.length > 0 ? (
            <ol className="result-list">
              {nearest.results.map((result) => (
                <li key={result.id}>
                  <ServicePointCard result={result} />
                </li>
              ))}
            </ol>
          ) : (
            <p>{t('noNearest', { place: place.label, elision: frenchElision(place.label) })}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
