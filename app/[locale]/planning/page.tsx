import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ResultsMap } from '@/components/map/ResultsMap';
import { tileConfig } from '@/lib/config';
import { GOVERNMENT_ORDERS } from '@/lib/planning/layers';
import { RADII_KM } from '@/lib/planning/compute';
import { getPlanning } from '@/lib/planning/server';
import {
  locationHref,
  parseSelection,
  planningView,
  selectionQuery,
  type AccessSort,
  type GapSort,
  type PlanningSelection,
  type PointRef,
} from '@/lib/planning/view';
import { orderLabel } from '@/lib/coverage';
import type { AppLocale } from '@/i18n/routing';
import tables from '@/components/data-table/data-tables.module.css';
import { DataTable, type Column } from '@/components/data-table/DataTable';
import styles from './planning.module.css';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
type Translate = Awaited<ReturnType<typeof getTranslations<'Planning'>>>;
type View = ReturnType<typeof planningView>;
type PlacementRow = View['placement'][number];
type AccessRow = View['access'][number];
type SummaryRow = View['summary'][number];
type GapRow = View['gaps']['rows'][number];
type CounterGapRow = View['counterGaps']['rows'][number];
type PartnershipRow = View['partnerships'][number];
type SharedRow = View['sharedCounters']['rows'][number];

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

/** A town with its province; its name carries its own language when it differs from the page's. */
function Town({ name, lang, province, locale }: { name: string; lang: string; province: string; locale: AppLocale }) {
  return (
    <>
      <span lang={lang === locale ? undefined : lang}>{name}</span> ({province})
    </>
  );
}

/** The heading of a sortable column: a link that sorts by it (the other way round when it is already the sort). */
function sortHeading<K extends string>({
  label,
  sortKey,
  current,
  href,
  t,
}: {
  label: string;
  sortKey: K;
  current: { key: K; descending: boolean };
  href: (next: { key: K; descending: boolean }) => string;
  t: Translate;
}): Pick<Column<unknown>, 'header' | 'sort'> {
  const active = current.key === sortKey;
  const next = { key: sortKey, descending: active ? !current.descending : sortKey !== 'region' && sortKey !== 'name' };
  return {
    header: (
      <a className={styles.sortLink} href={href(next)}>
        {label}
        <span className="visually-hidden"> {next.descending ? t('sortDescending') : t('sortAscending')}</span>
      </a>
    ),
    sort: active ? (current.descending ? 'descending' : 'ascending') : undefined,
  };
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
  /** A numeric column headed by one message. */
  const figure = <Row,>(name: Parameters<Translate>[0], cell: (row: Row) => ReactNode): Column<Row> => ({
    key: name,
    header: t(name),
    label: label(name),
    numeric: true,
    cell,
  });
  /** A column of text headed by one message. */
  const text = <Row,>(name: Parameters<Translate>[0], cell: (row: Row) => ReactNode): Column<Row> => ({
    key: name,
    header: t(name),
    label: label(name),
    cell,
  });
  const accessSort = (key: AccessSort, heading: string) =>
    sortHeading({
      label: heading,
      sortKey: key,
      current: selection.accessSort,
      href: (next) => link({ accessSort: next }, 'planning-access'),
      t,
    });
  const gapSort = (key: GapSort, heading: string) =>
    sortHeading({ label: heading, sortKey: key, current: selection.gapSort, href: (next) => link({ gapSort: next }, 'planning-gaps'), t });
  const regionData = (row: { region: string; placedValue: number }) => ({ 'data-region': row.region, 'data-placed': row.placedValue });
  const tiles = tileConfig();
  const api = (name: string, extra = '') => `/api/v1/planning/${name}?format=csv${extra}`;
  const scopeParams = `${selection.province ? `&province=${selection.province}` : ''}&within=${selection.within}`;
  const layer = model.layerByKey.get(selection.layer);
  const layerParam = layer?.organizationId
    ? `&organization=${encodeURIComponent(layer.organizationId)}`
    : layer?.order && layer.dimension === 'order'
      ? `&order=${layer.order}`
      : '';

  return (
    <div className="container">
      <h1>{t('title')}</h1>
      <div className="prose">
        <p>{t('intro')}</p>
        <p>{t('estimateNote')}</p>
        <p>{t('snapshot', { version: view.snapshotVersion })}</p>
      </div>

      <form className={styles.form} method="get" action={path} aria-labelledby="planning-choose">
        <h2 id="planning-choose" className="visually-hidden">
          {t('chooseTitle')}
        </h2>
        <label>
          {t('layerLabel')}
          <select name="layer" defaultValue={selection.layer}>
            {(['government', 'order', 'organization', 'kind'] as const).map((group) => (
              <optgroup key={group} label={t(`group.${group}`)}>
                {view.layerOptions
                  .filter((option) => option.group === group)
                  .map((option) => (
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
            {view.placement
              .filter((row) => row.region !== 'CA')
              .map((row) => (
                <option key={row.region} value={row.region}>
                  {row.name}
                </option>
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
              <option key={order} value={order}>
                {orderLabel(order, locale)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('apply')}</button>
      </form>

      <section className={tables.section} aria-labelledby="planning-placed">
        <h2 id="planning-placed">{t('placedTitle')}</h2>
        <p>{t('placedIntro')}</p>
        <DataTable
          testId="planning-placement"
          caption={t('placedCaption')}
          rows={view.placement}
          rowKey={(row) => row.region}
          rowData={regionData}
          columns={[
            { key: 'region', header: t('colRegion'), cell: (row) => row.name },
            figure('colCensus', (row: PlacementRow) => row.census),
            figure('colPlaced', (row: PlacementRow) => row.placed),
            figure('colPlacedShare', (row: PlacementRow) => row.placedShare),
            figure('colMunicipal', (row: PlacementRow) => row.municipality),
            figure('colCommunity', (row: PlacementRow) => row.community),
            figure('colCommunitiesWithFigure', (row: PlacementRow) =>
              t('ofTotal', { part: row.communitiesWithFigure, total: row.communities }),
            ),
          ]}
        />
      </section>

      <section className={tables.section} aria-labelledby="planning-access">
        <h2 id="planning-access">{t('accessTitle', { layer: view.layerName })}</h2>
        <p>{t('accessIntro')}</p>
        <DataTable
          testId="planning-access"
          caption={t('accessCaption', { layer: view.layerName })}
          rows={view.access}
          rowKey={(row) => row.region}
          rowData={regionData}
          columns={[
            { key: 'region', ...accessSort('region', t('colRegion')), cell: (row) => row.name },
            { ...figure('colPlaced', (row: AccessRow) => row.placed), ...accessSort('placed', t('colPlaced')) },
            ...RADII_KM.map((km, index): Column<AccessRow> => ({
              key: `km${km}`,
              ...accessSort(`km${km}`, t('colWithin', { km: String(km) })),
              label: t('cellLabel', { label: t('colWithin', { km }) }),
              numeric: true,
              cell: (row) => {
                const cell = row.cells[index];
                return cell ? (
                  <>
                    {cell.share}
                    <br />
                    <span className="muted">
                      {row.region === 'FNI' ? t('communitiesWithin', { count: cell.places }) : t('peopleWithin', { count: cell.people })}
                    </span>
                  </>
                ) : null;
              },
            })),
          ]}
        />
        <p>
          <a href={api('access', layerParam)}>{t('downloadCsv', { table: t('accessTable') })}</a> ·{' '}
          <a href={`/api/v1/planning/access${layerParam ? `?${layerParam.slice(1)}` : ''}`}>{t('downloadJson')}</a>
        </p>
      </section>

      <section className={tables.section} aria-labelledby="planning-standard">
        <h2 id="planning-standard">{t('standardTitle')}</h2>
        <div className={styles.callout} data-testid="planning-standard">
          <p>{t('standardText', { target: view.standard.target, share: view.standard.share })}</p>
          <p>
            {view.standard.meets ? t('standardMeets') : t('standardBelow')} {t('standardCaveat')}
          </p>
          <p>
            {t('standardBelowProvinces')}{' '}
            {view.standard.province
              .filter((row) => row.below)
              .map((row) => `${row.name} (${row.share})`)
              .join(', ') || t('none')}
          </p>
          <p>{t('standardSources')}</p>
          <ul>
            {view.standard.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} rel="noopener noreferrer">
                  {source.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section className={tables.section} aria-labelledby="planning-summary">
        <h2 id="planning-summary">{t('summaryTitle')}</h2>
        <DataTable
          testId="planning-summary"
          caption={t('summaryCaption')}
          rows={view.summary}
          rowKey={(row) => row.key}
          columns={[
            { key: 'layer', header: t('colLayer'), cell: (row) => <a href={link({ layer: row.key }, 'planning-access')}>{row.label}</a> },
            figure('colPoints', (row: SummaryRow) => row.points),
            ...RADII_KM.map((km, index): Column<SummaryRow> => ({
              key: `km${km}`,
              header: t('colWithin', { km }),
              label: t('cellLabel', { label: t('colWithin', { km }) }),
              numeric: true,
              cell: (row) => row.shares[index],
            })),
            figure('colCommunities50', (row: SummaryRow) => row.communities50),
          ]}
        />
      </section>

      <section className={tables.section} aria-labelledby="planning-gaps">
        <h2 id="planning-gaps">{t('gapsTitle', { km: selection.within })}</h2>
        <p data-testid="planning-gaps-total" data-count={view.gaps.totalValue} data-population={view.gaps.populationValue}>
          {t('gapsSummary', { count: view.gaps.total, population: view.gaps.population, km: selection.within, layer: view.layerName })}
        </p>
        <p>
          {t('gapsOther')}{' '}
          <a href={link({ within: selection.within === 50 ? 100 : 50 }, 'planning-gaps')}>
            {t('withinOption', { km: selection.within === 50 ? 100 : 50 })}
          </a>
        </p>
        <DataTable
          testId="planning-gaps"
          caption={t('gapsCaption', { km: selection.within, layer: view.layerName, shown: Math.min(view.gaps.totalValue, 50) })}
          rows={view.gaps.rows}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'name',
              ...gapSort('name', t('colPlace')),
              cell: (row) => (
                <>
                  <span lang={row.nameLang === locale ? undefined : row.nameLang}>{row.name}</span>
                  {row.community ? <span className="tag"> {t('communityTag')}</span> : null}
                </>
              ),
            },
            { ...figure('colPopulation', (row: GapRow) => row.population), ...gapSort('population', t('colPopulation')) },
            {
              ...text('colNearest', (row: GapRow) => <Point point={row.nearest} locale={locale} />),
              ...gapSort('distance', t('colNearest')),
            },
            text('colProvince', (row: GapRow) => row.province),
            text('colNearestFederal', (row: GapRow) => <Point point={row.federal} locale={locale} />),
            text('colNearestProvincial', (row: GapRow) => <Point point={row.provincial} locale={locale} />),
          ]}
        />
        <p>
          <a href={api('gaps', `${layerParam}${scopeParams}`)}>{t('downloadCsv', { table: t('gapsTable') })}</a>
        </p>
      </section>

      <section className={tables.section} aria-labelledby="planning-opportunities">
        <h2 id="planning-opportunities">{t('opportunitiesTitle')}</h2>
        <h3 id="planning-counter-gaps">{t('counterGapsTitle', { target: orderLabel(selection.target, locale), km: selection.within })}</h3>
        <p>{t('counterGapsIntro', { count: view.counterGaps.total })}</p>
        <DataTable
          testId="planning-counter-gaps"
          caption={t('counterGapsCaption', { target: orderLabel(selection.target, locale), km: selection.within })}
          rows={view.counterGaps.rows}
          rowKey={(row) => row.id}
          columns={[
            { key: 'counter', header: t('colCounter'), cell: (row) => <Point point={row.point} locale={locale} /> },
            text('colTown', (row: CounterGapRow) => <Town name={row.town} lang={row.townLang} province={row.province} locale={locale} />),
            text('colHostOrder', (row: CounterGapRow) => row.host),
            text('colNearestTarget', (row: CounterGapRow) => <Point point={row.nearestTarget} locale={locale} />),
            figure('colNotServed', (row: CounterGapRow) => t('notServed', { people: row.notServed, places: row.places })),
          ]}
        />
        <p>
          <a href={api('opportunities', `&table=counter-gaps&order=${selection.target}${scopeParams}`)}>
            {t('downloadCsv', { table: t('counterGapsTable') })}
          </a>
        </p>

        <h3 id="planning-partnerships">{t('partnershipsTitle')}</h3>
        <DataTable
          testId="planning-partnerships"
          caption={t('partnershipsCaption')}
          rows={view.partnerships}
          rowKey={(_, index) => String(index)}
          columns={[
            { key: 'province', header: t('colProvince'), cell: (row) => row.province },
            text('colModel', (row: PartnershipRow) => row.model),
            text('colProvider', (row: PartnershipRow) => row.provider),
            text('colHost', (row: PartnershipRow) => row.host),
            figure('colSites', (row: PartnershipRow) => row.sites),
            figure('colServices', (row: PartnershipRow) => row.services),
          ]}
          footer={{
            header: t('total'),
            cells: {
              colSites: { value: view.partnershipTotals.sites, testId: 'partnership-sites' },
              colServices: { value: view.partnershipTotals.services },
            },
          }}
        />
        <p>
          <a href={api('opportunities', `&table=partnerships${selection.province ? `&province=${selection.province}` : ''}`)}>
            {t('downloadCsv', { table: t('partnershipsTable') })}
          </a>
        </p>

        <h3 id="planning-shared">{t('sharedTitle')}</h3>
        <p>{t('sharedIntro', { count: view.sharedCounters.total })}</p>
        <DataTable
          testId="planning-shared"
          caption={t('sharedCaption')}
          rows={view.sharedCounters.rows}
          rowKey={(row) => `${row.province}-${row.town}`}
          columns={[
            {
              key: 'town',
              header: t('colTown'),
              cell: (row) => <Town name={row.town} lang={row.townLang} province={row.province} locale={locale} />,
            },
            figure('colPopulation', (row: SharedRow) => row.population),
            text('colOrders', (row: SharedRow) => row.orders),
            text('colOffices', (row: SharedRow) => (
              <ul className={styles.offices}>
                {row.offices.slice(0, 6).map((office) => (
                  <li key={office.slug}>
                    <a href={locationHref(office.slug, locale)} lang={office.nameLang === locale ? undefined : office.nameLang}>
                      {office.name}
                    </a>{' '}
                    ({office.order})
                  </li>
                ))}
                {row.offices.length > 6 ? <li>{t('moreOffices', { count: row.offices.length - 6 })}</li> : null}
              </ul>
            )),
          ]}
        />
        <p>
          <a href={api('opportunities', `&table=shared-counters${selection.province ? `&province=${selection.province}` : ''}`)}>
            {t('downloadCsv', { table: t('sharedTable') })}
          </a>
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
              labels={{
                region: t('mapLabel', { order: orderLabel(selection.map, locale) }),
                approximate: t('mapApproximate'),
                origin: t('mapLabel', { order: orderLabel(selection.map, locale) }),
                tilesUnavailable: t('mapTilesUnavailable'),
              }}
              cluster
            />
          </>
        ) : null}
      </section>
    </div>
  );
}
