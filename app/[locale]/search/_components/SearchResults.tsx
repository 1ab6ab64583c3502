import { useLocale, useTranslations } from 'next-intl';
import { getPathname } from '@/i18n/navigation';
import type { SearchView } from '@/lib/search/present';
import { tileConfig } from '@/lib/config';
import { ServicePointCard } from '@/components/service-points/ServicePointCard';
import { ServiceChannels } from '@/components/services/ServiceChannels';
import { OtherLanguageNote } from '@/components/services/OtherLanguageNote';
import { ResultsMap } from '@/components/map/ResultsMap';
import { FocusOnArrival } from '@/components/search/FocusOnArrival';
import { OpenStatusText } from '@/components/hours/OpenStatusText';
import { DirectionsLinks } from '@/components/service-points/DirectionsLinks';
import { crossesZones } from '@/lib/display/time-zone';
import { frenchElision, telHref } from '@/lib/i18n-text';
import type { Locale } from '@/lib/model/schema';
import type { ReactNode } from 'react';
import { locationTypeName } from '@/lib/model/location-types';
import { noticeKey } from './notices';

function withParams(action: string, query: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(query);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  const text = next.toString();
  return text ? `${action}?${text}` : action;
}

/** The map shows the nearest points beyond the current page too (clustered), the list the page itself. */
export function SearchResults({
  view,
  map,
  query,
  action,
  limit,
  offset,
  form,
  positionName,
}: {
  view: SearchView;
  /** where the map fetches its points (the nearest, this page's and beyond) and how many there are */
  map: { url: string; count: number };
  query: URLSearchParams;
  action: string;
  limit: number;
  offset: number;
  /** the search form, placed after the best answer so that answer is on the first screen of a phone */
  form?: ReactNode;
  /** the named place nearest to a shared position ("near Saint-Wenceslas, QC") */
  positionName?: string;
}) {
  const t = useTranslations('Search');
  const card = useTranslations('Card');
  const coverage = useTranslations('Coverage');
  const orders = useTranslations('Orders');
  const locale = useLocale();
  const tiles = tileConfig();
  const place = view.place?.status === 'resolved' ? view.place : null;
  // The answer is shaped by what Guichet does not hold: say what it covers, at the place's province or territory.
  const gapProvince = view.officeGaps?.finder.jurisdiction ?? place?.province ?? null;
  const affectedByGap = view.officeGaps !== null || view.notice === 'no-results-nearby' || view.notice === 'not-offered-here';
  const coverageHref = `${getPathname({ href: '/coverage', locale })}${gapProvince ? `#coverage-${gapProvince.toLowerCase()}` : ''}`;
  const headingNotice = noticeKey(view, 'heading');
  const paragraphNotice = noticeKey(view, 'paragraph');
  const placeLabel = place ? (place.understoodAs === 'coordinates' ? (positionName ?? t('yourPosition')) : place.label) : '';
  // Programs for one group (veterans) are grouped and collapsed, unless the search is about them (they come first).
  const forGroup = view.services[0]?.audience === 'veterans';
  const generalServices = forGroup ? view.services : view.services.filter((service) => service.audience === null);
  const groupServices = forGroup ? [] : view.services.filter((service) => service.audience !== null);
  // The best answer, on the first screen: the nearest place that delivers it, with the online option beside it.
  const best = offset === 0 ? view.results[0] : undefined;
  const bestOnline =
    view.services.find((service) => service.online && (!best || best.services.some((s) => s.id === service.id))) ??
    view.services.find((service) => service.online);
  // No number for the place itself: the program's own line, named as such, so "Call" is never a dead end.
  const bestServicePhone =
    best && !best.phone
      ? view.services.find((service) => service.phones.length > 0 && best.services.some((s) => s.id === service.id))
      : undefined;
  const showZone = crossesZones(
    view.results.map((r) => r.timeZone),
    locale as Locale,
  );
  const first = offset + 1;
  const last = offset + view.results.length;
  return (
    <div className="results">
      <FocusOnArrival targetId="results-summary" />
      <h2 id="results-summary" tabIndex={-1} className="results__summary">
        {headingNotice
          ? t(headingNotice, { place: placeLabel, elision: frenchElision(placeLabel) })
          : view.results.length > 0 && place
            ? place.understoodAs === 'coordinates' && positionName
              ? t('summaryNearPosition', { total: view.total, place: positionName, elision: frenchElision(positionName) })
              : t('summary', { total: view.total, place: placeLabel, elision: frenchElision(placeLabel) })
            : t('servicesOnly')}
      </h2>
      {place && place.alternatives.length > 0 ? (
        <div className="notice notice--compact">
          <p>
            {t('preselected', { place: place.label, elision: frenchElision(place.label) })} {t('alternativesLead')}{' '}
            {place.alternatives.map((alternative, i) => (
              <span key={`${alternative.label}-${i}`}>
                {i > 0 ? ' · ' : null}
                <a href={withParams(action, query, { near: alternative.label, offset: null })}>{alternative.label}</a>
              </span>
            ))}
          </p>
        </div>
      ) : null}

      {best ? (
        <section aria-labelledby="best-heading" className="best-answer">
          <h3 id="best-heading" className="best-answer__heading">
            {t('bestHeading')}
          </h3>
          <p className="best-answer__name">
            <a href={best.path}>{best.name}</a>
            {best.distance.show === 'exact' ? <> · {card('distance', { km: best.distance.km })}</> : null}
            {best.distance.show === 'approximate' ? <> · {card('distanceApproximate', { km: best.distance.km })}</> : null}
          </p>
          <p className="best-answer__status">
            <OpenStatusText status={best.status} today={best.localDate} />
          </p>
          <div className="card__actions">
            {best.phone ? (
              <a className="button button--secondary" href={telHref(best.phone)}>
                {card('call', { number: best.phone })}
              </a>
            ) : bestServicePhone ? (
              <a className="button button--secondary" href={telHref(bestServicePhone.phones[0]!.number)}>
                {t('bestCallService', { service: bestServicePhone.name, number: bestServicePhone.phones[0]!.number })}
              </a>
            ) : null}
            <DirectionsLinks links={best.directions} name={best.name} />
          </div>
          {bestOnline?.online ? (
            <p className="best-answer__online">
              {t('bestOnline')}{' '}
              <a href={bestOnline.online} rel="noopener noreferrer" hrefLang={bestOnline.onlineLanguage}>
                {bestOnline.name}
              </a>
              <OtherLanguageNote language={bestOnline.onlineLanguage} />
            </p>
          ) : null}
        </section>
      ) : null}

      {view.place?.status === 'unknown' ? (
        <p className="notice" role="status">
          {view.place.reason === 'no-such-postal-code' ? t('unknownPostalCode') : t('unknownPlace')}
        </p>
      ) : null}
      {view.place?.status === 'invalid' ? (
        <p className="notice" role="status">
          {t(`invalidPlace.${view.place.reason}`)}
        </p>
      ) : null}
      {view.place?.status === 'ambiguous' ? (
        <div className="notice" role="status">
          <p>
            {view.place.reason === 'rural-fsa'
              ? t('ambiguousRuralFsa')
              : view.place.reason === 'postal-code-places'
                ? t('ambiguousPostalCode')
                : t('ambiguousPlace')}
          </p>
          <ul>
            {view.place.choices.map((choice) => (
              <li key={`${choice.label}-${choice.lat}`}>
                <a href={withParams(action, query, { near: choice.label, offset: null })}>{choice.label}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {paragraphNotice === 'pastEnd' ? (
        <p className="notice">
          {t('pastEnd', { total: view.total })} <a href={withParams(action, query, { offset: null })}>{t('firstPage')}</a>
        </p>
      ) : paragraphNotice ? (
        <p className="notice">{t(paragraphNotice)}</p>
      ) : null}
      {view.replaced.length > 0 ? (
        <div className="notice" role="status">
          <p>
            <strong>{t('replacedHeading')}</strong>
          </p>
          <ul>
            {view.replaced.map((replaced) => (
              <li key={replaced.id}>{t('replacedNote', { service: replaced.name, note: replaced.note })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {view.officeGaps ? (
        <section className="notice" aria-labelledby="office-gap-heading">
          <h3 id="office-gap-heading">{t('officeGapHeading')}</h3>
          <p>
            {t('officeGap', {
              jurisdiction: view.officeGaps.finder.jurisdictionName,
              services: view.officeGaps.services.map((service) => service.name).join(', '),
            })}
          </p>
          <p>
            <a href={view.officeGaps.finder.url} rel="noopener noreferrer" hrefLang={view.officeGaps.finder.language}>
              {t('officeGapLink', { label: view.officeGaps.finder.label })}
            </a>
            <OtherLanguageNote language={view.officeGaps.finder.language} />
          </p>
        </section>
      ) : null}
      {affectedByGap ? (
        <p>
          <a href={coverageHref}>{coverage('searchLink')}</a>
        </p>
      ) : null}
      {form}

      {view.lifeEvents.length > 0 ? (
        <p>
          {t('lifeEventLead')}{' '}
          {view.lifeEvents.map((lifeEvent, n) => (
            <span key={lifeEvent.id}>
              {n > 0 ? ', ' : null}
              {/* the life event's page keeps the searched place, to show that province's and city's programs */}
              <a href={place ? `${lifeEvent.path}?near=${encodeURIComponent(query.get('near') || place.label)}` : lifeEvent.path}>
                {lifeEvent.name}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {view.organizations
        .filter((org) => org.pointCount === 0)
        .map((org) => (
          <p key={org.id} className="notice" role="status">
            {t('organizationNoCounters', { name: org.name })}
          </p>
        ))}
      {view.nearby && view.nearby.length > 0 ? (
        <section aria-labelledby="nearby-heading" className="results__places">
          <p id="nearby-heading">{t('nearbyLead')}</p>
          {view.nearby.map((group) => (
            <section key={`${group.order}-${group.type}`} aria-labelledby={`nearby-${group.order}-${group.type}`}>
              <h3 id={`nearby-${group.order}-${group.type}`}>
                {t('nearbyGroup', { order: orders(group.order), type: locationTypeName(group.type, locale as Locale), count: group.total })}
              </h3>
              <ul className="result-list">
                {group.results.map((result) => (
                  <li key={result.id} data-point-id={result.id}>
                    <ServicePointCard result={result} showZone={showZone} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}

      {view.services.length > 0 ? (
        <section aria-labelledby="services-heading" className="results__services">
          <h2 id="services-heading">{t('servicesHeading')}</h2>
          <ul className="service-list">
            {generalServices.map((service) => (
              <li key={service.id}>
                <h3>
                  <a href={service.path}>{service.name}</a>
                </h3>
                <ServiceChannels service={service} placesListed={view.results.length > 0} />
              </li>
            ))}
          </ul>
          {groupServices.length > 0 ? (
            <details className="service-group">
              <summary>{t('veteransGroup', { count: groupServices.length })}</summary>
              <ul className="service-list">
                {groupServices.map((service) => (
                  <li key={service.id}>
                    <h3>
                      <a href={service.path}>{service.name}</a>
                    </h3>
                    <ServiceChannels service={service} placesListed={view.results.length > 0} />
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      ) : null}

      {view.results.length > 0 ? (
        <section aria-labelledby="places-heading" className="results__places">
          <h2 id="places-heading" tabIndex={-1}>
            {t('placesHeading')}
          </h2>
          <p id="results-range" className="results__range">
            {t('range', { from: first, to: last, total: view.total })}
          </p>
          {showZone ? <p className="muted">{t('zonesDiffer')}</p> : null}
          <div className="results__layout">
            <ol id="result-list" className="result-list" start={offset + 1}>
              {view.results.map((result) => (
                <li key={result.id} data-point-id={result.id}>
                  <ServicePointCard result={result} showZone={showZone} />
                </li>
              ))}
            </ol>
            <div className="results__map">
              <p className="visually-hidden">{t('mapAlternative', { count: map.count })}</p>
              <ResultsMap
                points={{ url: map.url }}
                origin={place ? { lat: place.lat, lon: place.lon } : null}
                tileUrl={tiles.urlTemplate}
                tileAttribution={tiles.attribution}
                labels={{
                  region: t('mapLabel'),
                  approximate: t('mapApproximate'),
                  origin: t('mapOrigin'),
                  tilesUnavailable: t('mapTilesUnavailable'),
                }}
                listId="result-list"
                cluster={map.count > 30}
                frameIds={view.results.map((r) => r.id)}
              />
            </div>
          </div>
          <nav className="pagination" aria-label={t('paginationLabel')}>
            <p className="pagination__where">{t('range', { from: first, to: last, total: view.total })}</p>
            {/* the next page opens at the list, not at the top of the page */}
            {offset > 0 ? (
              <a href={`${withParams(action, query, { offset: String(Math.max(0, offset - limit)) })}#places-heading`}>{t('previous')}</a>
            ) : null}
            {offset + limit < view.total ? (
              <a href={`${withParams(action, query, { offset: String(offset + limit) })}#places-heading`}>
                {t('more', { count: Math.min(limit, view.total - offset - limit) })}
              </a>
            ) : null}
          </nav>
        </section>
      ) : null}
    </div>
  );
}
