import { useLocale, useTranslations } from 'next-intl';
import { getPathname } from '@/app/_i18n/navigation';
import type { presentOutcome } from '@/lib/search/present';
import { tileConfig } from '@/lib/config';
import { ServicePointCard } from '@/components/service-points/ServicePointCard';
import { ServiceChannels } from '@/components/services/ServiceChannels';
import { ResultsMap } from '@/components/map/ResultsMap';
import { FocusOnArrival } from '@/components/search/FocusOnArrival';

type View = ReturnType<typeof presentOutcome>;

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
export function SearchResults({ view, mapView, query, action, limit, offset }: { view: View; mapView: View; query: URLSearchParams; action: string; limit: number; offset: number }) {
  const t = useTranslations('Search');
  const coverage = useTranslations('Coverage');
  const locale = useLocale();
  const tiles = tileConfig();
  const place = view.place?.status === 'resolved' ? view.place : null;
  // The answer is shaped by what Guichet does not hold: say what it covers, at the place's province or territory.
  const gapProvince = view.officeGaps?.finder.jurisdiction ?? place?.province ?? null;
  const affectedByGap = view.officeGaps !== null || view.notice === 'no-results-nearby' || view.notice === 'not-offered-here';
  const coverageHref = `${getPathname({ href: '/coverage', locale })}${gapProvince ? `#coverage-${gapProvince.toLowerCase()}` : ''}`;
  const mapPoints = mapView.results.map((r) => ({ id: r.id, lat: r.lat, lon: r.lon, label: r.name, href: r.path, approximate: r.approximate }));
  return (
    <div className="results">
      <FocusOnArrival targetId="results-summary" />
      <h2 id="results-summary" tabIndex={-1} className="results__summary">
        {view.notice === 'needs-query'
          ? t('needsQuery')
          : view.notice === 'no-match'
            ? t('noMatch')
            : view.notice === 'not-offered-here'
              ? t('notOfferedHere')
            : view.results.length > 0 && place
              ? t('summary', { total: view.total, place: place.label })
              : t('servicesOnly')}
      </h2>

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
          <p>{t('ambiguousPlace')}</p>
          <ul>
            {view.place.choices.map((choice) => (
              <li key={`${choice.label}-${choice.lat}`}>
                <a href={withParams(action, query, { near: choice.label, offset: null })}>{choice.label}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {view.notice === 'needs-place' ? <p className="notice">{t('needsPlace')}</p> : null}
      {view.notice === 'no-results-nearby' && !view.officeGaps ? <p className="notice">{t('noResultsNearby')}</p> : null}
      {view.notice === 'online-only' ? <p className="notice">{t('onlineOnly')}</p> : null}
      {view.notice === 'not-offered-here' ? <p className="notice">{t('notOfferedHere')}</p> : null}
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
          </p>
        </section>
      ) : null}
      {affectedByGap ? (
        <p>
          <a href={coverageHref}>{coverage('searchLink')}</a>
        </p>
      ) : null}

      {view.services.length > 0 ? (
        <section aria-labelledby="services-heading" className="results__services">
          <h2 id="services-heading">{t('servicesHeading')}</h2>
          <ul className="service-list">
            {view.services.map((service) => (
              <li key={service.id}>
                <h3>
                  <a href={service.path}>{service.name}</a>
                </h3>
                <ServiceChannels service={service} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {view.results.length > 0 ? (
        <section aria-labelledby="places-heading" className="results__places">
          <h2 id="places-heading">{t('placesHeading')}</h2>
          <div className="results__layout">
            <ol id="result-list" className="result-list" start={offset + 1}>
              {view.results.map((result) => (
                <li key={result.id} data-point-id={result.id}>
                  <ServicePointCard result={result} />
                </li>
              ))}
            </ol>
            <div className="results__map">
              <p className="visually-hidden">{t('mapAlternative', { count: mapPoints.length })}</p>
              <ResultsMap
                points={mapPoints}
                origin={place ? { lat: place.lat, lon: place.lon } : null}
                tileUrl={tiles.urlTemplate}
                tileAttribution={tiles.attribution}
                labels={{ region: t('mapLabel'), approximate: t('mapApproximate'), origin: t('mapOrigin'), tilesUnavailable: t('mapTilesUnavailable') }}
                listId="result-list"
                cluster={mapPoints.length > 30}
                frameIds={view.results.map((r) => r.id)}
              />
            </div>
          </div>
          <nav className="pagination" aria-label={t('paginationLabel')}>
            {offset > 0 ? <a href={withParams(action, query, { offset: String(Math.max(0, offset - limit)) })}>{t('previous')}</a> : null}
            {offset + limit < view.total ? (
              <a href={withParams(action, query, { offset: String(offset + limit) })}>{t('more', { count: Math.min(limit, view.total - offset - limit) })}</a>
            ) : null}
          </nav>
        </section>
      ) : null}
    </div>
  );
}
