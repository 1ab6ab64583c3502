import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ResultsMap } from '@/components/map/ResultsMap';
import { tileConfig } from '@/lib/config';
import { GOVERNMENT_ORDERS } from '@/lib/planning/layers';
import { getPlanning } from '@/lib/planning/server';
import { locationHref, parseSelection, planningView, selectionQuery, type AccessSort, type GapSort, type PlanningSelection, type PointRef } from '@/lib/planning/view';
import { orderLabel } from '@/lib/coverage';
import type { AppLocale } from '@/i18n/routing';
import tables from '@/components/data-table/data-tables.module.css';
import styles from './planning.module.css';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
type Translate = Awaited<ReturnType<typeof getTranslations<'Planning'>>>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Planning' });
  return { title: t('title') };
}

const pagePath = (locale: AppLocale) => `/${locale}/${locale === 'fr' ? 'planification' : 'planning'}`;

function Point({ point, locale }: { point: PointRef | null; locale: AppLocale }) {
  if (!point) return <>—</>;
  return (
    <>
      <a href={locationHref(point.slug, locale)} lang={point.nameLang === locale ? undefined : point.nameLang}>
        {point.name}
      </a>{' '}
      ({point.km})
    </>
  );
}

function SortHeader<K extends string>({
  label, sortKey, current, href, t, className,
}: { label: string; sortKey: K; current: { key: K; descending: boolean }; href: (next: { key: K; descending: boolean }) => string; t: Translate; className?: string }) {
  const active = current.key === sortKey;
  const next = { key: sortKey, descending: active ? !current.descending : sortKey !== 'region' && sortKey !== 'name' };
  return (
    <th scope="col" role="columnheader" className={className} aria-sort={active ? (current.descending ? 'descending' : 'ascending') : undefined}>
      <a className={styles.sortLink} href={href(next)}>
        {label}
        <span className="visually-hidden"> {next.descending ? t('sortDescending') : t('sortAscending')}</span>
      </a>
    </th>
  );
}

export default async function PlanningPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Planning');
  const model = getPlanning();
  const selection = parseSelection(model, await searchParams);
  const view = planningView(model, locale, selection);
  const path = pagePath(locale);
  const link = (change: Partial<PlanningSelection>, anchor: string) => `${path}${selectionQuery(selection, change)}#${anchor}`;
  const label = (name: Parameters<Translate>[0]) => t('cellLabel', { label: t(name) });
  const tiles = tileConfig();
  const api = (name: string, extra = '') => `/api/v1/planning/${name}?format=csv${extra}`;
  const scopeParams = `${selection.province ? `&province=${selection.province}` : ''}&within=${selection.within}`;
  const layer = model.layerByKey.get(selection.layer);
  const layerParam = layer?.organizationId ? `&organization=${encodeURIComponent(layer.organizationId)}` : layer?.order && layer.dimension === 'order' ? `&order=${layer.order}` : '';

  return (
    <div className="container">
      <h1>{t('title')}</h1>
      <div className="prose">
        <p>{t('intro')}</p>
        <p>{t('estimateNote')}</p>
        <p>{t('snapshot', { version: view.snapshotVersion })}</p>
      </div>

      <form className={styles.form} method="get" action={path} aria-labelledby="planning-choose">
        <h2 id="planning-choose" className="visually-hidden">{t('chooseTitle')}</h2>
        <label>
          {t('layerLabel')}
          <select name="layer" defaultValue={selection.layer}>
            {(['government', 'order', 'organization', 'kind'] as const).map((group) => (
              <optgroup key={group} label={t(`group.${group}`)}>
                {view.layerOptions.filter((option) => option.group === group).map((option) => (
                  <option key={option.key} value={option.key}>
                    {t('layerOption', { label: option.label, points: option.points })}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          {t('provinceLabel')}
          <select name="province" defaultValue={selection.province ?? ''}>
            <option value="">{t('allProvinces')}</option>
            {view.placement.filter((row) => row.region !== 'CA').map((row) => (
              <option key={row.region} value={row.region}>{row.name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('withinLabel')}
          <select name="within" defaultValue={String(selection.within)}>
            <option value="50">{t('withinOption', { km: 50 })}</option>
            <option value="100">{t('withinOption', { km: 100 })}</option>
          </select>
        </label>
        <label>
          {t('targetLabel')}
          <select name="target" defaultValue={selection.target}>
            {GOVERNMENT_ORDERS.filter((order) => model.layerByKey.has(`order:${order}`)).map((order) => (
              <option key={order} value={order}>{orderLabel(order, locale)}</option>
            ))}
          </select>
        </label>
        <button type="submit">{t('apply')}</button>
      </form>

      <section className={tables.section} aria-labelledby="planning-placed">
        <h2 id="planning-placed">{t('placedTitle')}</h2>
        <p>{t('placedIntro')}</p>
        <table className={tables.table} role="table" data-testid="planning-placement">
          <caption>{t('placedCaption')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('colRegion')}</th>
              <th scope="col" role="columnheader" className={tables.number}>{t('colCensus')}</th>
              <th scope="col" role="columnheader" className={tables.number}>{t('colPlaced')}</th>
              <th scope="col" role="columnheader" className={tables.number}>{t('colPlacedShare')}</th>
              <th scope="col" role="columnheader" className={tables.number}>{t('colMunicipal')}</th>
              <th scope="col" role="columnheader" className={tables.number}>{t('colCommunity')}</th>
              <th scope="col" role="columnheader" className={tables.number}>{t('colCommunitiesWithFigure')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {view.placement.map((row) => (
              <tr key={row.region} role="row" data-region={row.region} data-placed={row.placedValue}>
                <th scope="row" role="rowheader">{row.name}</th>
                <td role="cell" className={tables.number} data-label={label('colCensus')}>{row.census}</td>
                <td role="cell" className={tables.number} data-label={label('colPlaced')}>{row.placed}</td>
                <td role="cell" className={tables.number} data-label={label('colPlacedShare')}>{row.placedShare}</td>
                <td role="cell" className={tables.number} data-label={label('colMunicipal')}>{row.municipality}</td>
                <td role="cell" className={tables.number} data-label={label('colCommunity')}>{row.community}</td>
                <td role="cell" className={tables.number} data-label={label('colCommunitiesWithFigure')}>{t('ofTotal', { part: row.communitiesWithFigure, total: row.communities })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className={tables.section} aria-labelledby="planning-access">
        <h2 id="planning-access">{t('accessTitle', { layer: view.layerName })}</h2>
        <p>{t('accessIntro')}</p>
        <table className={tables.table} role="table" data-testid="planning-access">
          <caption>{t('accessCaption', { layer: view.layerName })}</caption>
          <thead role="rowgroup">
            <tr role="row">
              {(['region', 'placed', 'km25', 'km50', 'km100'] as const).map((key) => (
                <SortHeader<AccessSort>
                  key={key}
                  label={key === 'region' ? t('colRegion') : key === 'placed' ? t('colPlaced') : t('colWithin', { km: key.slice(2) })}
                  sortKey={key}
                  current={selection.accessSort}
                  href={(next) => link({ accessSort: next }, 'planning-access')}
                  t={t}
                  className={key === 'region' ? undefined : tables.number}
                />
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {view.access.map((row) => (
              <tr key={row.region} role="row" data-region={row.region} data-placed={row.placedValue}>
                <th scope="row" role="rowheader">{row.name}</th>
                <td role="cell" className={tables.number} data-label={label('colPlaced')}>{row.placed}</td>
                {row.cells.map((cell) => (
                  <td key={cell.radius} role="cell" className={tables.number} data-label={t('cellLabel', { label: t('colWithin', { km: cell.radius }) })}>
                    {cell.share}
                    <br />
                    <span className="muted">{row.region === 'FNI' ? t('communitiesWithin', { count: cell.places }) : t('peopleWithin', { count: cell.people })}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <a href={api('access', layerParam)}>{t('downloadCsv', { table: t('accessTable') })}</a> ·{' '}
          <a href={`/api/v1/planning/access${layerParam ? `?${layerParam.slice(1)}` : ''}`}>{t('downloadJson')}</a>
        </p>
      </section>

      <section className={tables.section} aria-labelledby="planning-standard">
        <h2 id="planning-standard">{t('standardTitle')}</h2>
        <div className={styles.callout} data-testid="planning-standard">
          <p>{t('standardText', { target: view.standard.target, share: view.standard.share })}</p>
          <p>{view.standard.meets ? t('standardMeets') : t('standardBelow')} {t('standardCaveat')}</p>
          <p>{t('standardBelowProvinces')} {view.standard.province.filter((row) => row.below).map((row) => `${row.name} (${row.share})`).join(', ') || t('none')}</p>
          <p>{t('standardSources')}</p>
          <ul>
            {view.standard.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} rel="noopener noreferrer">{source.title}</a>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section className={tables.section} aria-labelledby="planning-summary">
        <h2 id="planning-summary">{t('summaryTitle')}</h2>
        <table className={tables.table} role="table" data-testid="planning-summary">
          <caption>{t('summaryCaption')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('colLayer')}</th>
              <th scope="col" role="columnheader" className={tables.number}>{t('colPoints')}</th>
              {[25, 50, 100].map((km) => (
                <th key={km} scope="col" role="columnheader" className={tables.number}>{t('colWithin', { km })}</th>
              ))}
              <th scope="col" role="columnheader" className={tables.number}>{t('colCommunities50')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {view.summary.map((row) => (
              <tr key={row.key} role="row">
                <th scope="row" role="rowheader">
                  <a href={link({ layer: row.key }, 'planning-access')}>{row.label}</a>
                </th>
                <td role="cell" className={tables.number} data-label={label('colPoints')}>{row.points}</td>
                {row.shares.map((share, index) => (
                  <td key={index} role="cell" className={tables.number} data-label={t('cellLabel', { label: t('colWithin', { km: [25, 50, 100][index]! }) })}>{share}</td>
                ))}
                <td role="cell" className={tables.number} data-label={label('colCommunities50')}>{row.communities50}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className={tables.section} aria-labelledby="planning-gaps">
        <h2 id="planning-gaps">{t('gapsTitle', { km: selection.within })}</h2>
        <p data-testid="planning-gaps-total" data-count={view.gaps.totalValue} data-population={view.gaps.populationValue}>
          {t('gapsSummary', { count: view.gaps.total, population: view.gaps.population, km: selection.within, layer: view.layerName })}
        </p>
        <p>
          {t('gapsOther')}{' '}
          <a href={link({ within: selection.within === 50 ? 100 : 50 }, 'planning-gaps')}>{t('withinOption', { km: selection.within === 50 ? 100 : 50 })}</a>
        </p>
        <table className={tables.table} role="table" data-testid="planning-gaps">
          <caption>{t('gapsCaption', { km: selection.within, layer: view.layerName, shown: Math.min(view.gaps.totalValue, 50) })}</caption>
          <thead role="rowgroup">
            <tr role="row">
              {(['name', 'population', 'distance'] as const).map((key) => (
                <SortHeader<GapSort>
                  key={key}
                  label={key === 'name' ? t('colPlace') : key === 'population' ? t('colPopulation') : t('colNearest')}
                  sortKey={key}
                  current={selection.gapSort}
                  href={(next) => link({ gapSort: next }, 'planning-gaps')}
                  t={t}
                  className={key === 'population' ? tables.number : undefined}
                />
              ))}
              <th scope="col" role="columnheader">{t('colProvince')}</th>
              <th scope="col" role="columnheader">{t('colNearestFederal')}</th>
              <th scope="col" role="columnheader">{t('colNearestProvincial')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {view.gaps.rows.map((row) => (
              <tr key={row.id} role="row">
                <th scope="row" role="rowheader">
                  <span lang={row.nameLang === locale ? undefined : row.nameLang}>{row.name}</span>
                  {row.community ? <span className="tag"> {t('communityTag')}</span> : null}
                </th>
                <td role="cell" className={tables.number} data-label={label('colPopulation')}>{row.population}</td>
                <td role="cell" data-label={label('colNearest')}><Point point={row.nearest} locale={locale} /></td>
                <td role="cell" data-label={label('colProvince')}>{row.province}</td>
                <td role="cell" data-label={label('colNearestFederal')}><Point point={row.federal} locale={locale} /></td>
                <td role="cell" data-label={label('colNearestProvincial')}><Point point={row.provincial} locale={locale} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <a href={api('gaps', `${layerParam}${scopeParams}`)}>{t('downloadCsv', { table: t('gapsTable') })}</a>
        </p>
      </section>

      <section className={tables.section} aria-labelledby="planning-opportunities">
        <h2 id="planning-opportunities">{t('opportunitiesTitle')}</h2>
        <h3 id="planning-counter-gaps">{t('counterGapsTitle', { target: orderLabel(selection.target, locale), km: selection.within })}</h3>
        <p>{t('counterGapsIntro', { count: view.counterGaps.total })}</p>
        <table className={tables.table} role="table" data-testid="planning-counter-gaps">
          <caption>{t('counterGapsCaption', { target: orderLabel(selection.target, locale), km: selection.within })}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('colCounter')}</th>
              <th scope="col" role="columnheader">{t('colTown')}</th>
              <th scope="col" role="columnheader">{t('colHostOrder')}</th>
              <th scope="col" role="columnheader">{t('colNearestTarget')}</th>
              <th scope="col" role="columnheader" className={tables.number}>{t('colNotServed')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {view.counterGaps.rows.map((row) => (
              <tr key={row.id} role="row">
                <th scope="row" role="rowheader"><Point point={row.point} locale={locale} /></th>
                <td role="cell" data-label={label('colTown')}>
                  <span lang={row.townLang === locale ? undefined : row.townLang}>{row.town}</span> ({row.province})
                </td>
                <td role="cell" data-label={label('colHostOrder')}>{row.host}</td>
                <td role="cell" data-label={label('colNearestTarget')}><Point point={row.nearestTarget} locale={locale} /></td>
                <td role="cell" className={tables.number} data-label={label('colNotServed')}>{t('notServed', { people: row.notServed, places: row.places })}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <a href={api('opportunities', `&table=counter-gaps&order=${selection.target}${scopeParams}`)}>{t('downloadCsv', { table: t('counterGapsTable') })}</a>
        </p>

        <h3 id="planning-partnerships">{t('partnershipsTitle')}</h3>
        <table className={tables.table} role="table" data-testid="planning-partnerships">
          <caption>{t('partnershipsCaption')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('colProvince')}</th>
              <th scope="col" role="columnheader">{t('colModel')}</th>
              <th scope="col" role="columnheader">{t('colProvider')}</th>
              <th scope="col" role="columnheader">{t('colHost')}</th>
              <th scope="col" role="columnheader" className={tables.number}>{t('colSites')}</th>
              <th scope="col" role="columnheader" className={tables.number}>{t('colServices')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {view.partnerships.map((row, index) => (
              <tr key={index} role="row">
                <th scope="row" role="rowheader">{row.province}</th>
                <td role="cell" data-label={label('colModel')}>{row.model}</td>
                <td role="cell" data-label={label('colProvider')}>{row.provider}</td>
                <td role="cell" data-label={label('colHost')}>{row.host}</td>
                <td role="cell" className={tables.number} data-label={label('colSites')}>{row.sites}</td>
                <td role="cell" className={tables.number} data-label={label('colServices')}>{row.services}</td>
              </tr>
            ))}
          </tbody>
          <tfoot role="rowgroup">
            <tr role="row">
              <th scope="row" role="rowheader">{t('total')}</th>
              <td role="cell" />
              <td role="cell" />
              <td role="cell" />
              <td role="cell" className={tables.number} data-label={label('colSites')} data-testid="partnership-sites">{view.partnershipTotals.sites}</td>
              <td role="cell" className={tables.number} data-label={label('colServices')}>{view.partnershipTotals.services}</td>
            </tr>
          </tfoot>
        </table>
        <p>
          <a href={api('opportunities', `&table=partnerships${selection.province ? `&province=${selection.province}` : ''}`)}>{t('downloadCsv', { table: t('partnershipsTable') })}</a>
        </p>

        <h3 id="planning-shared">{t('sharedTitle')}</h3>
        <p>{t('sharedIntro', { count: view.sharedCounters.total })}</p>
        <table className={tables.table} role="table" data-testid="planning-shared">
          <caption>{t('sharedCaption')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('colTown')}</th>
              <th scope="col" role="columnheader" className={tables.number}>{t('colPopulation')}</th>
              <th scope="col" role="columnheader">{t('colOrders')}</th>
              <th scope="col" role="columnheader">{t('colOffices')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {view.sharedCounters.rows.map((row) => (
              <tr key={`${row.province}-${row.town}`} role="row">
                <th scope="row" role="rowheader">
                  <span lang={row.townLang === locale ? undefined : row.townLang}>{row.town}</span> ({row.province})
                </th>
                <td role="cell" className={tables.number} data-label={label('colPopulation')}>{row.population}</td>
                <td role="cell" data-label={label('colOrders')}>{row.orders}</td>
                <td role="cell" data-label={label('colOffices')}>
                  <ul className={styles.offices}>
                    {row.offices.slice(0, 6).map((office) => (
                      <li key={office.slug}>
                        <a href={locationHref(office.slug, locale)} lang={office.nameLang === locale ? undefined : office.nameLang}>{office.name}</a> ({office.order})
                      </li>
                    ))}
                    {row.offices.length > 6 ? <li>{t('moreOffices', { count: row.offices.length - 6 })}</li> : null}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <a href={api('opportunities', `&table=shared-counters${selection.province ? `&province=${selection.province}` : ''}`)}>{t('downloadCsv', { table: t('sharedTable') })}</a>
        </p>
      </section>

      <section className={tables.section} aria-labelledby="planning-map">
        <h2 id="planning-map">{t('mapTitle')}</h2>
        <p>{t('mapIntro')}</p>
        <ul className={tables.jump}>
          {GOVERNMENT_ORDERS.filter((order) => model.layerByKey.has(`order:${order}`)).map((order) => (
            <li key={order}>
              <a href={link({ map: order }, 'planning-map')} aria-current={selection.map === order ? 'true' : undefined}>
                {t('mapShow', { order: orderLabel(order, locale) })}
              </a>
            </li>
          ))}
          {selection.map ? (
            <li>
              <a href={link({ map: null }, 'planning-map')}>{t('mapHide')}</a>
            </li>
          ) : null}
        </ul>
        {selection.map ? (
          <>
            <p>{t('mapAlternative', { count: view.mapPoints.length, order: orderLabel(selection.map, locale) })}</p>
            <ResultsMap
              points={view.mapPoints}
              tileUrl={tiles.urlTemplate}
              tileAttribution={tiles.attribution}
              labels={{ region: t('mapLabel', { order: orderLabel(selection.map, locale) }), approximate: t('mapApproximate'), origin: t('mapLabel', { order: orderLabel(selection.map, locale) }), tilesUnavailable: t('mapTilesUnavailable') }}
              cluster
            />
          </>
        ) : null}
      </section>
    </div>
  );
}
