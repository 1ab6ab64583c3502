import type { GovernmentOrder, Locale, LocationType, ServicePoint, Snapshot } from '../model/schema';
import type { CatalogueService, LifeEvent } from '../catalogue/schema';
import { isInventoryOnly } from '../catalogue/inventory-import';
import { haversineKm } from '../geo/distance';
import { isOpenAt, openStatusAt, type OpenStatus } from '../hours';
import { buildNeedIndex, contentWords, matchNeed, rankScore, type NeedEntry, type NeedIndex, type NeedMatch } from './need';
import { buildPlaceIndex, resolvePlace, splitNeedAndPlace, type PlaceIndex, type PlaceResolution, type ResolvedPlace } from './place';
import { tokens } from './normalize';
import { matchKey } from '../ingest/text';

export interface LocationTypeLabels {
  type: LocationType;
  names: string[];
  synonyms: string[];
}

/** Everything a search runs over; built once per snapshot. */
export interface SearchCorpus {
  snapshot: Pick<Snapshot, 'servicePoints' | 'organizations' | 'servicesAtLocations' | 'places'>;
  services: readonly CatalogueService[];
  lifeEvents: readonly LifeEvent[];
  locationTypes: readonly LocationTypeLabels[];
  /** ids of the points that deliver a catalogue service in person */
  deliveryPointIds: (service: CatalogueService) => readonly string[];
}

export interface SearchIndex {
  points: readonly ServicePoint[];
  lat: Float64Array;
  lon: Float64Array;
  /** bit per order of government of the providers present at each point */
  providerOrders: Uint8Array;
  pointIndexById: Map<string, number>;
  servicesById: Map<string, CatalogueService>;
  lifeEventsById: Map<string, LifeEvent>;
  /** catalogue service id → indexes of the points that deliver it */
  pointsByService: Map<string, Int32Array>;
  /** provinces where a provincial, territorial or municipal service applies (from its jurisdiction and its points) */
  serviceProvinces: Map<string, Set<string>>;
  /** where a city's own services apply: the city's gazetteer point */
  serviceCities: Map<string, { lat: number; lon: number }>;
  pointsByType: Map<LocationType, Int32Array>;
  /** sorted distinct name words, and for each the points whose name has it */
  nameWords: string[];
  pointsByNameWord: Map<string, Int32Array>;
  need: NeedIndex;
  places: PlaceIndex;
}

const ORDERS: readonly GovernmentOrder[] = ['federal', 'provincial', 'territorial', 'municipal', 'indigenous', 'community'];
const orderBit = (order: GovernmentOrder): number => 1 << ORDERS.indexOf(order);
const FEDERAL_BIT = orderBit('federal');
const LOCAL_BITS = orderBit('municipal') | orderBit('community');

function toIndexArray(ids: Iterable<number>): Int32Array {
  return Int32Array.from(new Set(ids)).sort();
}

export function buildSearchIndex(corpus: SearchCorpus): SearchIndex {
  const points = corpus.snapshot.servicePoints;
  const pointIndexById = new Map(points.map((point, i) => [point.id, i]));
  const orgOrder = new Map(corpus.snapshot.organizations.map((org) => [org.id, org.order]));

  const providerOrders = new Uint8Array(points.length);
  for (const sal of corpus.snapshot.servicesAtLocations) {
    const i = pointIndexById.get(sal.locationId);
    const order = orgOrder.get(sal.providerOrganizationId);
    if (i !== undefined && order) providerOrders[i]! |= orderBit(order);
  }

  const pointsByService = new Map<string, Int32Array>();
  for (const service of corpus.services) {
    const indexes = corpus.deliveryPointIds(service).map((id) => pointIndexById.get(id)).filter((i): i is number => i !== undefined);
    pointsByService.set(service.id, toIndexArray(indexes));
  }

  // service points' own postal codes (when placed exactly) are known places too
  const places = buildPlaceIndex(corpus.snapshot.places, points);
  const serviceProvinces = new Map<string, Set<string>>();
  const serviceCities = new Map<string, { lat: number; lon: number }>();
  for (const service of corpus.services) {
    if (service.order === 'federal') continue;
    const provinces = new Set<string>([...(pointsByService.get(service.id) ?? [])].map((i) => points[i]!.address.province));
    if (/^[A-Z]{2}$/.test(service.jurisdiction)) provinces.add(service.jurisdiction);
    // A city's services ("Toronto", "Vancouver") belong to the province of the largest place of that name.
    else if (service.jurisdiction !== 'CA') {
      const city = places.byName.get(matchKey(service.jurisdiction))?.[0];
      if (city) {
        provinces.add(city.province);
        serviceCities.set(service.id, { lat: city.lat, lon: city.lon });
      }
    }
    if (provinces.size > 0) serviceProvinces.set(service.id, provinces);
  }

  const byType = new Map<LocationType, number[]>();
  const byWord = new Map<string, number[]>();
  points.forEach((point, i) => {
    (byType.get(point.type) ?? byType.set(point.type, []).get(point.type)!).push(i);
    const words = new Set([...tokens(point.name.en ?? ''), ...tokens(point.name.fr ?? ''), ...tokens(point.address.city.en ?? ''), ...tokens(point.address.city.fr ?? '')]);
    for (const word of words) if (word.length >= 2) (byWord.get(word) ?? byWord.set(word, []).get(word)!).push(i);
  });

  const entries: NeedEntry[] = [
    ...corpus.services.map((service) => ({
      id: service.id,
      kind: 'service' as const,
      names: [service.name.en, service.name.fr],
      synonyms: [...service.synonyms.en, ...service.synonyms.fr],
      secondary: isInventoryOnly(service),
    })),
    ...corpus.lifeEvents.map((event) => ({
      id: event.id,
      kind: 'life-event' as const,
      names: [event.name.en, event.name.fr],
      synonyms: [...event.synonyms.en, ...event.synonyms.fr],

    })),
    ...corpus.locationTypes.map((labels) => ({ id: labels.type, kind: 'location-type' as const, names: labels.names, synonyms: labels.synonyms })),
  ];

  return {
    points,
    lat: Float64Array.from(points, (p) => p.coordinates.lat),
    lon: Float64Array.from(points, (p) => p.coordinates.lon),
    providerOrders,
    pointIndexById,
    servicesById: new Map(corpus.services.map((s) => [s.id, s])),
    lifeEventsById: new Map(corpus.lifeEvents.map((e) => [e.id, e])),
    pointsByService,
    serviceProvinces,
    serviceCities,
    pointsByType: new Map([...byType].map(([type, list]) => [type, Int32Array.from(list)])),
    nameWords: [...byWord.keys()].sort(),
    pointsByNameWord: new Map([...byWord].map(([word, list]) => [word, Int32Array.from(list)])),
    need: buildNeedIndex(entries),
    places,
  };
}

export interface SearchParams {
  q: string;
  near?: string;
  lat?: number;
  lon?: number;
  lang: Locale;
  lifeEvent?: string;
  /** one catalogue service, chosen already (a service page's "nearest places") */
  serviceId?: string;
  order?: GovernmentOrder;
  type?: LocationType;
  openNow?: boolean;
  /** official language of service */
  serviceLanguage?: Locale;
  withinKm?: number;
  limit: number;
  offset: number;
  at: Date;
}

export interface LocatedResult {
  point: ServicePoint;
  distanceKm: number | null;
  relevance: number;
  /** matched catalogue services delivered here */
  serviceIds: string[];
  status: OpenStatus;
}

export interface SearchOutcome {
  matches: NeedMatch[];
  /** catalogue services the query (and life event) selected, best first */
  services: CatalogueService[];
  place: PlaceResolution | null;
  origin: ResolvedPlace | null;
  results: LocatedResult[];
  total: number;
  /**
   * Matched services of the person's own province or territory that are served at counters Guichet does not list
   * there: the page says so plainly and links that government's office finder (`officeGaps.province`).
   */
  officeGaps: { province: string; serviceIds: string[] } | null;
  /** federal services left out because residents of the place's province get them from their own government */
  replaced: Array<{ serviceId: string; replacedBy: string[] }>;
  /** why the list is empty or partial, for the page and the API to explain */
  notice?:
    | 'needs-place'
    | 'no-match'
    | 'no-results-nearby'
    | 'place-unknown'
    | 'place-ambiguous'
    | 'place-invalid'
    | 'needs-query'
    /** the matched services exist only in other provinces or cities */
    | 'not-offered-here'
    /** the matched services have no counter: their online and phone channels are the answer */
    | 'online-only';
}

/** Points whose name or town contains every word of the query (the last word may be a prefix). */
function pointsByName(index: SearchIndex, query: string): Int32Array | null {
  const words = contentWords(query);
  if (words.length === 0) return null;
  let result: Set<number> | undefined;
  for (const [n, word] of words.entries()) {
    const found = new Set<number>();
    const isLast = n === words.length - 1;
    let lo = 0;
    let hi = index.nameWords.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (index.nameWords[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < index.nameWords.length; i++) {
      const candidate = index.nameWords[i]!;
      if (candidate !== word && !(isLast && candidate.startsWith(word))) break;
      for (const p of index.pointsByNameWord.get(candidate)!) found.add(p);
    }
    const previous: Set<number> | undefined = result;
    result = previous === undefined ? found : new Set([...previous].filter((p) => found.has(p)));
    if (result.size === 0) return null;
  }
  return result ? Int32Array.from(result) : null;
}

const NAME_MATCH_RELEVANCE = 0.7;
/** Life events that define who a program is for, rather than what is happening to a person. */
const GROUP_LIFE_EVENTS = new Set(['veterans-and-families']);
/** A city's own services (library card, recreation) are offered to people within this distance of it. */
const CITY_SERVICE_RADIUS_KM = 60;
/** Points run only by a city or a community organization are listed within this distance. */
const LOCAL_SERVICE_RADIUS_KM = 100;

export function search(index: SearchIndex, params: SearchParams): SearchOutcome {
  // One box: "passeport Trois-Rivières", "EI near Moncton", "bibliothèque H2X 1Y4" carry the place in the need.
  const oneBox = params.q && !params.near?.trim() && params.lat === undefined ? splitNeedAndPlace(params.q, index.places, params.lang) : undefined;
  if (oneBox) params = { ...params, q: oneBox.need, near: oneBox.place };
  // Where from: explicit coordinates (browser location, already rounded by the client) or a place to resolve.
  let place: PlaceResolution | null = null;
  if (params.lat !== undefined && params.lon !== undefined) place = resolvePlace(`${params.lat},${params.lon}`, index.places, params.lang);
  else if (params.near?.trim()) place = resolvePlace(params.near, index.places, params.lang);
  const origin = place?.status === 'resolved' ? place.place : null;

  const lifeEvent = params.lifeEvent ? index.lifeEventsById.get(params.lifeEvent) : undefined;
  const matches = params.q ? matchNeed(params.q, index.need, 16) : [];

  // Services selected by the need: direct matches, then the services of a matched life event.
  const serviceRelevance = new Map<string, number>();
  const consider = (id: string, relevance: number) => {
    if ((serviceRelevance.get(id) ?? 0) < relevance) serviceRelevance.set(id, relevance);
  };
  const typeRelevance = new Map<LocationType, number>();
  const matchedEvents = new Set(matches.filter((m) => m.kind === 'life-event').map((m) => m.id));
  for (const match of matches) {
    if (match.kind === 'service') consider(match.id, match.relevance);
    else if (match.kind === 'life-event') {
      for (const service of index.servicesById.values()) {
        if (!service.lifeEventIds.includes(match.id)) continue;
        // Programs for one group (veterans) answer a general need ("lost my job") after the programs for everyone.
        const forAnotherGroup = service.lifeEventIds.some((id) => GROUP_LIFE_EVENTS.has(id) && !matchedEvents.has(id));
        consider(service.id, match.relevance * (forAnotherGroup ? 0.6 : 0.8));
      }
    } else typeRelevance.set(match.id as LocationType, match.relevance);
  }
  if (!params.q && lifeEvent) for (const service of index.servicesById.values()) if (service.lifeEventIds.includes(lifeEvent.id)) consider(service.id, 1);
  if (params.serviceId) {
    serviceRelevance.clear();
    typeRelevance.clear();
    if (index.servicesById.has(params.serviceId)) consider(params.serviceId, 1);
  }

  // Provincial rules: once the place is known, a federal service that its residents get from their own province (CPP
  // and EI parental in Quebec, Canada Student Loans in Quebec and the NWT) gives way to that province's program.
  // A service chosen explicitly (a service page's "nearest places") is kept as asked.
  const replaced: SearchOutcome['replaced'] = [];
  const province = place?.status === 'resolved' ? place.place.province : undefined;
  if (province && !params.serviceId) {
    for (const [id, relevance] of [...serviceRelevance]) {
      const rule = index.servicesById.get(id)!.notAvailableIn.find((candidate) => candidate.provinces.includes(province as never));
      if (!rule) continue;
      serviceRelevance.delete(id);
      replaced.push({ serviceId: id, replacedBy: rule.replacedBy });
      for (const replacementId of rule.replacedBy) if (index.servicesById.has(replacementId)) consider(replacementId, relevance);
    }
  }

  const selected = [...serviceRelevance]
    .map(([id, relevance]) => ({ service: index.servicesById.get(id)!, relevance }))
    .filter(({ service }) => !lifeEvent || service.lifeEventIds.includes(lifeEvent.id))
    .filter(({ service }) => !params.order || service.order === params.order);
  let services = selected
    // A BC program is no answer for someone in Ontario, nor a Toronto one for someone in Ottawa: once the place is
    // known, keep federal services and those of its own province and city.
    .filter(({ service }) => !origin?.province || !index.serviceProvinces.has(service.id) || index.serviceProvinces.get(service.id)!.has(origin.province))
    .filter(({ service }) => {
      const city = index.serviceCities.get(service.id);
      return !origin || !city || haversineKm(origin.lat, origin.lon, city.lat, city.lon) <= CITY_SERVICE_RADIUS_KM;
    })
    // Services known only from the GC Service Inventory rank after curated ones for equal or near-equal matches
    // (rankScore); equal matches: curated first, then the service that serves more life events is the more general
    // answer (Job Bank before a veterans-only program for "lost my job").
    .sort(
      (a, b) =>
        rankScore(b.relevance, isInventoryOnly(b.service)) - rankScore(a.relevance, isInventoryOnly(a.service)) ||
        Number(isInventoryOnly(a.service)) - Number(isInventoryOnly(b.service)) ||
        b.service.lifeEventIds.length - a.service.lifeEventIds.length ||
        a.service.name.en.localeCompare(b.service.name.en),
    );
  services = services.slice(0, 12);

  const namedPoints = params.q && !lifeEvent && !params.serviceId ? pointsByName(index, params.q) : null;


  const outcome = (partial: Partial<SearchOutcome>): SearchOutcome => ({
    matches,
    services: services.map((s) => s.service),
    place,
    origin,
    results: [],
    total: 0,
    officeGaps: officeGapsIn(index, services.map((s) => s.service), origin?.province),
    replaced,
    ...partial,
  });

  if (!params.q && !lifeEvent && !params.type && !params.serviceId) return outcome({ notice: 'needs-query' });
  const nothingElse = typeRelevance.size === 0 && !namedPoints && !params.type;
  if (services.length === 0 && nothingElse) return outcome({ notice: selected.length > 0 ? 'not-offered-here' : 'no-match' });
  if (place?.status === 'unknown') return outcome({ notice: 'place-unknown' });
  if (place?.status === 'ambiguous') return outcome({ notice: 'place-ambiguous' });
  if (place?.status === 'invalid') return outcome({ notice: 'place-invalid' });
  if (!origin) return outcome({ notice: 'needs-place' });

  // Candidate points with the relevance of the best reason they were found and the services they deliver.
  const relevance = new Float64Array(index.points.length);
  const delivered = new Map<number, string[]>();
  const candidates: number[] = [];
  const touch = (i: number, value: number) => {
    if (relevance[i] === 0) candidates.push(i);
    if (relevance[i]! < value) relevance[i] = value;
  };
  for (const { service, relevance: value } of services) {
    for (const i of index.pointsByService.get(service.id) ?? []) {
      touch(i, value);
      (delivered.get(i) ?? delivered.set(i, []).get(i)!).push(service.id);
    }
  }
  for (const [type, value] of typeRelevance) for (const i of index.pointsByType.get(type) ?? []) touch(i, value);
  if (namedPoints) for (const i of namedPoints) touch(i, NAME_MATCH_RELEVANCE);
  if (params.type && services.length === 0 && typeRelevance.size === 0 && !namedPoints) {
    for (const i of index.pointsByType.get(params.type) ?? []) touch(i, 0.5);
  }

  const orderMask = params.order ? orderBit(params.order) : 0;
  const within = params.withinKm ?? Infinity;
  const kept: Candidate[] = [];
  for (const i of candidates) {
    const point = index.points[i]!;
    if (params.type && point.type !== params.type) continue;
    if (orderMask && !delivered.has(i) && (index.providerOrders[i]! & orderMask) === 0) continue;
    if (params.serviceLanguage && !point.officialLanguages?.includes(params.serviceLanguage)) continue;
    // A WorkBC centre is no help in Toronto: points in another province count only when a federal service is there.
    if (origin.province && point.address.province !== origin.province && (index.providerOrders[i]! & FEDERAL_BIT) === 0) continue;
    const d = haversineKm(origin.lat, origin.lon, index.lat[i]!, index.lon[i]!);
    if (d > within) continue;
    // A Toronto EarlyON centre is no help in Ottawa: city and community services count only nearby.
    if (d > LOCAL_SERVICE_RADIUS_KM && (index.providerOrders[i]! & ~LOCAL_BITS) === 0) continue;
    kept.push({ i, d });
  }
  const statusOf = (i: number): OpenStatus => {
    const point = index.points[i]!;
    return openStatusAt({ timeZone: point.timeZone, schedule: point.schedule, province: point.address.province }, params.at);
  };
  // Nearest first; then the better match; then a fixed order, so pages never overlap when distances tie.
  const nearestFirst = (a: Candidate, b: Candidate) => a.d - b.d || relevance[b.i]! - relevance[a.i]! || a.i - b.i;
  const toResult = ({ i, d }: Candidate, status: OpenStatus): LocatedResult => ({
    point: index.points[i]!,
    distanceKm: Math.round(d * 10) / 10,
    relevance: relevance[i]!,
    serviceIds: delivered.get(i) ?? [],
    status,
  });

  let results: LocatedResult[];
  let total: number;
  if (params.openNow) {
    const open = kept.filter(({ i }) => {
      const point = index.points[i]!;
      return isOpenAt({ timeZone: point.timeZone, schedule: point.schedule, province: point.address.province }, params.at);
    });
    total = open.length;
    results = nearest(open, params.offset + params.limit, nearestFirst)
      .slice(params.offset)
      .map((candidate) => toResult(candidate, statusOf(candidate.i)));
  } else {
    total = kept.length;
    results = nearest(kept, params.offset + params.limit, nearestFirst)
      .slice(params.offset)
      .map((candidate) => toResult(candidate, statusOf(candidate.i)));
  }
  // "Online only" only when no matched program has counters at all: programs served at offices Guichet does not list
  // (ODSP, ICBC, Access centres...) get the office finder instead.
  const onlineOnly =
    nothingElse && services.every(({ service }) => !service.channels.inPerson && !service.channels.offices && (index.pointsByService.get(service.id)?.length ?? 0) === 0);
  return outcome({ results, total, notice: results.length > 0 ? undefined : onlineOnly ? 'online-only' : 'no-results-nearby' });
}

interface Candidate {
  i: number;
  d: number;
}

/** Matched services of the province that have counters but no point in the snapshot within that province. */
function officeGapsIn(index: SearchIndex, services: readonly CatalogueService[], province: string | undefined): SearchOutcome['officeGaps'] {
  if (!province) return null;
  const serviceIds = services
    .filter((service) => service.order !== 'federal' && service.jurisdiction === province)
    .filter((service) => service.channels.offices !== undefined || service.channels.inPerson !== undefined)
    .filter((service) => ![...(index.pointsByService.get(service.id) ?? [])].some((i) => index.points[i]!.address.province === province))
    .map((service) => service.id);
  return serviceIds.length > 0 ? { province, serviceIds } : null;
}

/** The k first items in order without sorting them all: a bounded max-heap, O(n log k). */
export function nearest<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return [...items].sort(compare).slice(0, k);
  const heap: T[] = [];
  const swap = (a: number, b: number) => {
    const tmp = heap[a]!;
    heap[a] = heap[b]!;
    heap[b] = tmp;
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let c = heap.length - 1; c > 0; ) {
        const parent = (c - 1) >> 1;
        if (compare(heap[c]!, heap[parent]!) <= 0) break;
        swap(c, parent);
        c = parent;
      }
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item;
      for (let p = 0; ; ) {
        const l = 2 * p + 1;
        const r = l + 1;
        let largest = p;
        if (l < heap.length && compare(heap[l]!, heap[largest]!) > 0) largest = l;
        if (r < heap.length && compare(heap[r]!, heap[largest]!) > 0) largest = r;
        if (largest === p) break;
        swap(p, largest);
        p = largest;
      }
    }
  }
  return heap.sort(compare);
}
