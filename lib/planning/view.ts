import type { GovernmentOrder, Locale, Localized, ProvinceCode } from '../model/schema';
import { orderLabel } from '../coverage/view';
import {
  accessRows,
  counterGapRows,
  gapRows,
  placementRows,
  PROVINCES,
  RADII_KM,
  REGIONS,
  type PlanningModel,
  type RegionCode,
} from './compute';
import { SERVICE_CANADA_STANDARD } from './census';
import { GOVERNMENT_ORDERS, type GovernmentOrderKey, type Layer } from './layers';

/**
 * The planning page in one language: every figure from the planning model, formatted for the locale ("3,8 km",
 * "1 234", "≈ 96,9 %"). Shares and distances are estimates and are written as such ("≈").
 */

const intl = (lang: Locale) => (lang === 'fr' ? 'fr-CA' : 'en-CA');
export const formatCount = (value: number, lang: Locale) => new Intl.NumberFormat(intl(lang)).format(value);
export const formatShare = (value: number | null, lang: Locale): string =>
  value === null
    ? '—'
    : `≈ ${new Intl.NumberFormat(intl(lang), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)}`;
export const formatKm = (value: number | null | undefined, lang: Locale): string =>
  value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : new Intl.NumberFormat(intl(lang), {
        style: 'unit',
        unit: 'kilometer',
        unitDisplay: 'short',
        maximumFractionDigits: value < 10 ? 1 : 0,
      }).format(value);
export const pick = (text: Localized | null | undefined, lang: Locale): string =>
  text ? ((lang === 'fr' ? (text.fr ?? text.en) : (text.en ?? text.fr)) ?? '') : '';
/** language of the text actually shown (a name recorded in one language only keeps its own) */
export const pickLang = (text: Localized | null | undefined, lang: Locale): Locale =>
  text ? (text[lang] ? lang : lang === 'fr' ? 'en' : 'fr') : lang;

const PROVINCE_NAMES: Record<Locale, Record<ProvinceCode, string>> = {
  en: {
    AB: 'Alberta',
    BC: 'British Columbia',
    MB: 'Manitoba',
    NB: 'New Brunswick',
    NL: 'Newfoundland and Labrador',
    NS: 'Nova Scotia',
    NT: 'Northwest Territories',
    NU: 'Nunavut',
    ON: 'Ontario',
    PE: 'Prince Edward Island',
    QC: 'Quebec',
    SK: 'Saskatchewan',
    YT: 'Yukon',
  },
  fr: {
    AB: 'Alberta',
    BC: 'Colombie-Britannique',
    MB: 'Manitoba',
    NB: 'Nouveau-Brunswick',
    NL: 'Terre-Neuve-et-Labrador',
    NS: 'Nouvelle-Écosse',
    NT: 'Territoires du Nord-Ouest',
    NU: 'Nunavut',
    ON: 'Ontario',
    PE: 'Île-du-Prince-Édouard',
    QC: 'Québec',
    SK: 'Saskatchewan',
    YT: 'Yukon',
  },
};
const REGION_NAMES: Record<Locale, Record<'CA' | 'FNI', string>> = {
  en: { CA: 'Canada', FNI: 'First Nations and Inuit communities' },
  fr: { CA: 'Canada', FNI: 'Communautés des Premières Nations et inuites' },
};
export const regionName = (region: RegionCode, lang: Locale): string =>
  region === 'CA' || region === 'FNI' ? REGION_NAMES[lang][region] : PROVINCE_NAMES[lang][region];

const KIND_NAMES: Record<Locale, Record<string, string>> = {
  en: {
    passport: 'Passport services',
    'service-centre': 'service centres',
    'passport-office': 'passport offices',
    'outreach-site': 'scheduled outreach visits',
    'partner-site': 'partner sites',
    'employment-centre': 'employment centres',
    'land-registry-office': 'land registry offices',
    'government-office': 'government offices',
    'municipal-office': 'city halls and municipal counters',
  },
  fr: {
    passport: 'Services de passeport',
    'service-centre': 'centres de services',
    'passport-office': 'bureaux des passeports',
    'outreach-site': 'visites régulières de services mobiles',
    'partner-site': 'sites partenaires',
    'employment-centre': 'centres d’emploi',
    'land-registry-office': 'bureaux d’enregistrement immobilier',
    'government-office': 'bureaux gouvernementaux',
    'municipal-office': 'hôtels de ville et comptoirs municipaux',
  },
};
const ANY_GOVERNMENT: Record<Locale, string> = { en: 'Any government', fr: 'Tout gouvernement' };
const ORDER_ADJECTIVE: Record<Locale, Record<GovernmentOrder, string>> = {
  en: {
    federal: 'Federal',
    provincial: 'Provincial',
    territorial: 'Territorial',
    municipal: 'Municipal',
    indigenous: 'Indigenous',
    community: 'Community',
  },
  fr: {
    federal: 'fédéraux',
    provincial: 'provinciaux',
    territorial: 'territoriaux',
    municipal: 'municipaux',
    indigenous: 'autochtones',
    community: 'communautaires',
  },
};

export function layerLabel(layer: Layer, lang: Locale): string {
  switch (layer.dimension) {
    case 'government':
      return ANY_GOVERNMENT[lang];
    case 'order':
      return layer.order ? orderLabel(layer.order, lang) : '';
    case 'organization':
      return pick(layer.organizationName, lang);
    case 'kind': {
      if (layer.kind === 'passport') return KIND_NAMES[lang].passport!;
      const kind = KIND_NAMES[lang][layer.kind ?? ''] ?? layer.kind ?? '';
      const order = layer.order ?? 'federal';
      // "city halls and municipal counters" already says whose they are: no "Municipal" (or "municipaux") twice
      const adjective = ORDER_ADJECTIVE[lang][order];
      const capitalized = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
      if (kind.toLowerCase().includes(adjective.toLowerCase())) return capitalized;
      return lang === 'fr' ? `${capitalized} ${adjective}` : `${adjective} ${kind}`;
    }
  }
}

export type AccessSort = 'region' | 'placed' | 'km25' | 'km50' | 'km100';
export type GapSort = 'population' | 'distance' | 'name';
export interface SortState<K extends string> {
  key: K;
  descending: boolean;
}

export interface PlanningSelection {
  layer: string;
  province: ProvinceCode | null;
  within: 50 | 100;
  target: GovernmentOrderKey;
  accessSort: SortState<AccessSort>;
  gapSort: SortState<GapSort>;
  map: GovernmentOrderKey | null;
}

export const ACCESS_SORTS: readonly AccessSort[] = ['region', 'placed', 'km25', 'km50', 'km100'];
export const GAP_SORTS: readonly GapSort[] = ['population', 'distance', 'name'];
export const GAP_LIMIT = 50;
export const OPPORTUNITY_LIMIT = 25;

function parseSort<K extends string>(raw: string | undefined, keys: readonly K[], fallback: SortState<K>): SortState<K> {
  if (!raw) return fallback;
  const descending = raw.startsWith('-');
  const key = (descending ? raw.slice(1) : raw) as K;
  return keys.includes(key) ? { key, descending } : fallback;
}

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** Reads the page's URL parameters; anything unknown falls back to the default (pages never fail on a bad link). */
export function parseSelection(model: PlanningModel, search: Record<string, string | string[] | undefined>): PlanningSelection {
  const layer = one(search.layer);
  const province = one(search.province)?.toUpperCase();
  const target = one(search.target);
  const map = one(search.map);
  return {
    layer: layer && model.layerByKey.has(layer) ? layer : 'order:federal',
    province: province && (PROVINCES as readonly string[]).includes(province) ? (province as ProvinceCode) : null,
    within: one(search.within) === '100' ? 100 : 50,
    target: target && (GOVERNMENT_ORDERS as readonly string[]).includes(target) ? (target as GovernmentOrderKey) : 'federal',
    accessSort: parseSort(one(search.asort), ACCESS_SORTS, { key: 'region', descending: false }),
    gapSort: parseSort(one(search.gsort), GAP_SORTS, { key: 'population', descending: true }),
    map:
      map && model.layerByKey.has(`order:${map}`) && (GOVERNMENT_ORDERS as readonly string[]).includes(map)
        ? (map as GovernmentOrderKey)
        : null,
  };
}

/** URL parameters of a selection, with changes; defaults are left out. */
export function selectionQuery(selection: PlanningSelection, change: Partial<PlanningSelection> = {}): string {
  const s = { ...selection, ...change };
  const params = new URLSearchParams();
  if (s.layer !== 'order:federal') params.set('layer', s.layer);
  if (s.province) params.set('province', s.province);
  if (s.within !== 50) params.set('within', String(s.within));
  if (s.target !== 'federal') params.set('target', s.target);
  if (s.accessSort.key !== 'region' || s.accessSort.descending)
    params.set('asort', `${s.accessSort.descending ? '-' : ''}${s.accessSort.key}`);
  if (s.gapSort.key !== 'population' || !s.gapSort.descending) params.set('gsort', `${s.gapSort.descending ? '-' : ''}${s.gapSort.key}`);
  if (s.map) params.set('map', s.map);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface PointRef {
  name: string;
  nameLang: Locale;
  slug: string;
  km: string;
}

export interface PlanningView {
  lang: Locale;
  selection: PlanningSelection;
  snapshotVersion: string;
  layerOptions: Array<{ key: string; label: string; group: 'government' | 'order' | 'organization' | 'kind'; points: number }>;
  layerName: string;
  placement: Array<{
    region: ProvinceCode | 'CA';
    name: string;
    census: string;
    placed: string;
    placedShare: string;
    municipality: string;
    community: string;
    places: string;
    communities: string;
    communitiesWithFigure: string;
    placedValue: number;
  }>;
  access: Array<{
    region: RegionCode;
    name: string;
    placed: string;
    placedValue: number;
    points: string;
    cells: Array<{ radius: number; share: string; people: string; places: string }>;
    shares: Array<number | null>;
  }>;
  summary: Array<{ key: string; label: string; points: string; shares: string[]; communities50: string }>;
  standard: {
    share: string;
    shareValue: number | null;
    target: string;
    meets: boolean;
    sources: Array<{ title: string; url: string }>;
    province: Array<{ name: string; share: string; below: boolean }>;
  };
  gaps: {
    total: string;
    totalValue: number;
    population: string;
    populationValue: number;
    rows: Array<{
      id: string;
      name: string;
      nameLang: Locale;
      province: string;
      population: string;
      community: boolean;
      nearest: PointRef | null;
      federal: PointRef | null;
      provincial: PointRef | null;
    }>;
  };
  counterGaps: {
    total: string;
    rows: Array<{
      id: string;
      point: PointRef;
      town: string;
      townLang: Locale;
      province: string;
      host: string;
      others: string;
      nearestTarget: PointRef | null;
      notServed: string;
      places: string;
    }>;
  };
  partnerships: Array<{ province: string; model: string; provider: string; host: string; sites: string; services: string }>;
  partnershipTotals: { sites: string; services: string };
  sharedCounters: {
    total: string;
    rows: Array<{
      town: string;
      townLang: Locale;
      province: string;
      population: string;
      orders: string;
      offices: Array<PointRef & { order: string }>;
    }>;
  };
  mapPoints: Array<{ id: string; lat: number; lon: number; label: string; href: string; approximate: boolean }>;
}

export function locationHref(slug: string, lang: Locale): string {
  return `/${lang}/${lang === 'fr' ? 'lieux' : 'locations'}/${encodeURIComponent(slug)}`;
}

const MODEL_NAMES: Record<Locale, Record<string, string>> = {
  en: {
    'co-located': 'Co-located staff',
    partner: 'Partner delivers',
    'outreach-hosted': 'Outreach visit hosted by another organization',
    'same-site': 'Offices recorded at the same site',
  },
  fr: {
    'co-located': 'Personnel co-implanté',
    partner: 'Prestation par un partenaire',
    'outreach-hosted': 'Visite de services mobiles accueillie par un autre organisme',
    'same-site': 'Bureaux inscrits au même endroit',
  },
};

export function planningView(model: PlanningModel, lang: Locale, selection: PlanningSelection): PlanningView {
  const count = (value: number) => formatCount(value, lang);
  const ref = (pointId: string | undefined, km: number | undefined): PointRef | null => {
    const point = pointId ? model.points.get(pointId) : undefined;
    return point ? { name: pick(point.name, lang), nameLang: pickLang(point.name, lang), slug: point.slug, km: formatKm(km, lang) } : null;
  };
  const collator = new Intl.Collator(intl(lang));
  const layer = model.layerByKey.get(selection.layer)!;

  const layerOptions = model.layers.map((l) => ({ key: l.key, label: layerLabel(l, lang), group: l.dimension, points: l.pointIds.length }));

  const placement = placementRows(model).map((row) => ({
    region: row.region,
    name: regionName(row.region, lang),
    census: count(row.censusPopulation),
    placed: count(row.placedPopulation),
    placedShare: formatShare(row.placedShare, lang),
    municipality: count(row.municipalityPopulation),
    community: count(row.communityPopulation),
    places: count(row.places),
    communities: count(row.communities),
    communitiesWithFigure: count(row.communitiesWithFigure),
    placedValue: row.placedPopulation,
  }));

  const rows = accessRows(model, { layers: [layer.key], regions: REGIONS, radii: RADII_KM });
  const access = REGIONS.map((region) => {
    const mine = rows.filter((row) => row.region === region);
    const first = mine[0]!;
    return {
      region,
      name: regionName(region, lang),
      placed: count(first.placedPopulation),
      placedValue: first.placedPopulation,
      points: count(first.places),
      cells: mine.map((row) => ({
        radius: row.radiusKm,
        share: formatShare(row.shareWithin, lang),
        people: count(row.populationWithin),
        places: count(row.placesWithin),
      })),
      shares: mine.map((row) => row.shareWithin),
    };
  });
  const fixed = access.filter((row) => row.region === 'CA' || row.region === 'FNI');
  const sortable = access.filter((row) => row.region !== 'CA' && row.region !== 'FNI');
  const { key, descending } = selection.accessSort;
  const value = (row: (typeof access)[number]): number =>
    key === 'placed' ? row.placedValue : (row.shares[RADII_KM.indexOf(Number(key.slice(2)) as 25 | 50 | 100)] ?? -1);
  sortable.sort(
    (a, b) =>
      (key === 'region' ? collator.compare(a.name, b.name) : value(a) - value(b) || collator.compare(a.name, b.name)) *
      (descending ? -1 : 1),
  );

  const canada = accessRows(model, { regions: ['CA', 'FNI'], radii: RADII_KM });
  const summary = model.layers.map((l) => {
    const mine = canada.filter((row) => row.layer === l.key);
    const fni = mine.find((row) => row.region === 'FNI' && row.radiusKm === 50);
    return {
      key: l.key,
      label: layerLabel(l, lang),
      points: count(l.pointIds.length),
      shares: mine.filter((row) => row.region === 'CA').map((row) => formatShare(row.shareWithin, lang)),
      communities50: fni ? `${count(fni.placesWithin)} / ${count(fni.places)}` : '—',
    };
  });

  const scKey = `organization:${SERVICE_CANADA_STANDARD.organizationId}`;
  const scRows = accessRows(model, { layers: [scKey], regions: [...PROVINCES, 'CA'], radii: [SERVICE_CANADA_STANDARD.radiusKm] });
  const scCanada = scRows.find((row) => row.region === 'CA')?.shareWithin ?? null;
  const standard = {
    share: formatShare(scCanada, lang),
    shareValue: scCanada,
    target: new Intl.NumberFormat(intl(lang), { style: 'percent' }).format(SERVICE_CANADA_STANDARD.share),
    meets: scCanada !== null && scCanada >= SERVICE_CANADA_STANDARD.share,
    sources: SERVICE_CANADA_STANDARD.sources.map((source) => ({ title: source.title[lang], url: source.url })),
    province: scRows
      .filter((row) => row.region !== 'CA')
      .map((row) => ({
        name: regionName(row.region, lang),
        share: formatShare(row.shareWithin, lang),
        below: row.shareWithin !== null && row.shareWithin < SERVICE_CANADA_STANDARD.share,
      }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  };

  const gapLayer = selection.layer;
  const allGaps = gapRows(model, { layer: gapLayer, province: selection.province ?? undefined, withinKm: selection.within });
  const gs = selection.gapSort;
  const sortedGaps = [...allGaps].sort((a, b) => {
    const diff =
      gs.key === 'population'
        ? a.population - b.population
        : gs.key === 'distance'
          ? (a.nearest?.km ?? Infinity) - (b.nearest?.km ?? Infinity)
          : collator.compare(pick(a.name, lang), pick(b.name, lang));
    return (diff || a.placeId.localeCompare(b.placeId)) * (gs.descending ? -1 : 1);
  });
  const provincialKey = (province: ProvinceCode): 'provincial' | 'territorial' =>
    province === 'YT' || province === 'NT' || province === 'NU' ? 'territorial' : 'provincial';
  const gaps = {
    total: count(allGaps.length),
    totalValue: allGaps.length,
    population: count(allGaps.reduce((total, row) => total + row.population, 0)),
    populationValue: allGaps.reduce((total, row) => total + row.population, 0),
    rows: sortedGaps.slice(0, GAP_LIMIT).map((row) => {
      const own = row.nearestByOrder[provincialKey(row.province)];
      return {
        id: row.placeId,
        name: pick(row.name, lang),
        nameLang: pickLang(row.name, lang),
        province: regionName(row.province, lang),
        population: count(row.population),
        community: row.community,
        nearest: row.nearest ? ref(row.nearest.pointId, row.nearest.km) : null,
        federal: row.nearestByOrder.federal ? ref(row.nearestByOrder.federal.pointId, row.nearestByOrder.federal.km) : null,
        provincial: own ? ref(own.pointId, own.km) : null,
      };
    }),
  };

  const counter = counterGapRows(model, {
    targetOrder: selection.target,
    province: selection.province ?? undefined,
    withinKm: selection.within,
  });
  const counterGaps = {
    total: count(counter.length),
    rows: counter.slice(0, OPPORTUNITY_LIMIT).map((row) => ({
      id: row.pointId,
      point: ref(row.pointId, undefined)!,
      town: pick(row.town, lang),
      townLang: pickLang(row.town, lang),
      province: regionName(row.province, lang),
      host: orderLabel(row.hostOrder, lang),
      others: count(row.otherPointIds.length),
      nearestTarget: row.nearestTarget ? ref(row.nearestTarget.pointId, row.nearestTarget.km) : null,
      notServed: count(row.populationNotServed),
      places: count(row.placesNotServed),
    })),
  };

  const partnershipRowsShown = model.partnerships.filter((row) => !selection.province || row.province === selection.province);
  const partnerships = partnershipRowsShown.map((row) => ({
    province: regionName(row.province, lang),
    model: MODEL_NAMES[lang][row.model] ?? row.model,
    provider: orderLabel(row.providerOrder, lang),
    host: orderLabel(row.hostOrder, lang),
    sites: count(row.sites),
    services: count(row.services),
  }));

  const shared = model.sharedCounters.filter((row) => !selection.province || row.province === selection.province);
  const sharedCounters = {
    total: count(shared.length),
    rows: shared.slice(0, OPPORTUNITY_LIMIT).map((row) => ({
      town: pick(row.town, lang),
      townLang: pickLang(row.town, lang),
      province: regionName(row.province, lang),
      population: row.population === null ? '—' : count(row.population),
      orders: row.orders.map((order) => orderLabel(order, lang)).join(', '),
      offices: row.offices.map((office) => ({ ...ref(office.pointId, undefined)!, order: orderLabel(office.order, lang) })),
    })),
  };

  const mapLayer = selection.map ? model.layerByKey.get(`order:${selection.map}`) : undefined;
  const mapPoints = (mapLayer?.pointIds ?? []).map((id) => {
    const point = model.points.get(id)!;
    return {
      id,
      lat: point.lat,
      lon: point.lon,
      label: pick(point.name, lang),
      href: locationHref(point.slug, lang),
      approximate: point.approximate,
    };
  });

  return {
    lang,
    selection,
    snapshotVersion: model.version,
    layerOptions,
    layerName: layerLabel(layer, lang),
    placement,
    access: [...sortable, ...fixed],
    summary,
    standard,
    gaps,
    counterGaps,
    partnerships,
    partnershipTotals: {
      sites: count(partnershipRowsShown.reduce((t, r) => t + r.sites, 0)),
      services: count(partnershipRowsShown.reduce((t, r) => t + r.services, 0)),
    },
    sharedCounters,
    mapPoints,
  };
}
