import type { GovernmentOrder, Locale, LocationType, ServicePoint, Snapshot } from '../model/schema';
import type { CatalogueOrganization, CatalogueService, LifeEvent } from '../model/catalogue';
import { isInventoryOnly } from '../catalogue/inventory-import';
import { haversineKm } from '../geo/distance';
import { spatialIndexFor, type NearHit } from '../geo/nearest';
import { hoursOf, isOpenAt, openStatusAt, type OpenStatus } from '../hours';
import { buildNeedIndex, contentWords, entriesNaming, matchNeed, rankScore, type NeedEntry, type NeedIndex, type NeedMatch } from './need';
import { buildPlaceIndex, resolvePlace, splitNeedAndPlace, type PlaceIndex, type PlaceResolution, type ResolvedPlace } from './place';
import { tokens } from './normalize';
import { matchKey } from '../text/fold';
import { organizationAliasList } from './vocabulary';

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
  /** the catalogue's accountable organizations: searchable by name even when Guichet lists none of their counters */
  organizations?: readonly CatalogueOrganization[];
}

/** An organization a query can name: its names in both languages and the points it hosts or serves at. */
export interface SearchOrganization {
  id: string;
  name: { en?: string; fr?: string };
  order: GovernmentOrder;
  /** province code, 'CA', or a municipality */
  jurisdiction: string;
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
  /** organization id → points it hosts or delivers a service at (outreach and partner sites included) */
  pointsByOrganization: Map<string, Int32Array>;
  organizationsById: Map<string, SearchOrganization>;
  /** the order of government a point's services come from (index into ORDERS): its providers', else its host's */
  pointOrder: Uint8Array;
  /** sorted distinct name words, and for each the points whose name has it */
  nameWords: string[];
  pointsByNameWord: Map<string, Int32Array>;
  need: NeedIndex;
  places: PlaceIndex;
}

export const ORDERS: readonly GovernmentOrder[] = ['federal', 'provincial', 'territorial', 'municipal', 'indigenous', 'community'];
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
  const byOrganization = new Map<string, Set<number>>();
  const addToOrganization = (id: string, i: number) => (byOrganization.get(id) ?? byOrganization.set(id, new Set()).get(id)!).add(i);
  for (const sal of corpus.snapshot.servicesAtLocations) {
    const i = pointIndexById.get(sal.locationId);
    if (i === undefined) continue;
    const order = orgOrder.get(sal.providerOrganizationId);
    if (order) providerOrders[i]! |= orderBit(order);
    addToOrganization(sal.providerOrganizationId, i);
  }
  points.forEach((point, i) => addToOrganization(point.hostOrganizationId, i));
  const pointOrder = Uint8Array.from(points, (point, i) => {
    const bits = providerOrders[i]!;
    if (bits !== 0) return 31 - Math.clz32(bits & -bits);
    const host = orgOrder.get(point.hostOrganizationId);
    return host ? ORDERS.indexOf(host) : ORDERS.length - 1;
  });

  // Organizations people name: the catalogue's, the snapshot's that run more than one point, and the names people use
  // for them (data/vocabulary/organizations.json).
  const organizationsById = new Map<string, SearchOrganization>();
  for (const org of corpus.organizations ?? []) organizationsById.set(org.id, { id: org.id, name: { en: org.name.en, fr: org.name.fr }, order: org.order, jurisdiction: org.jurisdiction });
  for (const org of corpus.snapshot.organizations) {
    if ((byOrganization.get(org.id)?.size ?? 0) < 2 || organizationsById.has(org.id)) continue;
    organizationsById.set(org.id, { id: org.id, name: { ...(org.name.en ? { en: org.name.en } : {}), ...(org.name.fr ? { fr: org.name.fr } : {}) }, order: org.order, jurisdiction: org.jurisdiction });
  }
  const aliasesById = new Map<string, string[]>();
  for (const alias of organizationAliasList()) if (organizationsById.has(alias.id)) aliasesById.set(alias.id, [...(aliasesById.get(alias.id) ?? []), ...alias.names]);

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
    ...[...organizationsById.values()].map((org) => ({
      id: org.id,
      kind: 'organization' as const,
      names: [org.name.en, org.name.fr].filter((name): name is string => name !== undefined),
      synonyms: aliasesById.get(org.id) ?? [],
    })),
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
    pointsByOrganization: new Map([...byOrganization].map(([id, list]) => [id, toIndexArray(list)])),
    organizationsById,
    pointOrder,
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

/** Points of one kind and one order of government near a place given alone. */
export interface NearbyGroup {
  order: GovernmentOrder;
  type: LocationType;
  /** points of this group within the nearby radius */
  total: number;
  nearestKm: number;
  /** the nearest few, nearest first */
  results: LocatedResult[];
}

export interface SearchOutcome {
  matches: NeedMatch[];
  /** catalogue services the query (and life event) selected: direct matches first, then related ones */
  services: CatalogueService[];
  /** life events the query names ("my mom died" → death of a loved one), best first, for the page to link */
  lifeEvents: Array<{ id: string; relevance: number }>;
  /** organizations the query names ("Service Canada", "CRA"), with how many points Guichet lists for each */
  organizations: Array<SearchOrganization & { relevance: number; pointCount: number }>;
  /** a place given without a need: what is near, grouped by order of government and kind of place */
  nearby: NearbyGroup[] | null;
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
/** Places found by a match this close to the best direct one are listed first (see `search`). */
const STRONG_MARGIN = 0.15;
/** An organization without counters is answered with this many of its own programs and their channels. */
const ORGANIZATION_SERVICES = 4;
/** Life events that define who a program is for, rather than what is happening to a person. */
const GROUP_LIFE_EVENTS = new Set(['veterans-and-families']);
/** A city's own services (library card, recreation) are offered to people within this distance of it. */
const CITY_SERVICE_RADIUS_KM = 60;
/** Points run only by a city or a community organization are listed within this distance. */
const LOCAL_SERVICE_RADIUS_KM = 100;
/** From this many candidate points on, the nearest come from the spatial index instead of a scan (same answer). */
const SPATIAL_MIN_CANDIDATES = 4096;

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

  // Services selected by the need: direct matches first, then the services of a matched life event (related).
  const direct = new Map<string, number>();
  const related = new Map<string, number>();
  const consider = (id: string, relevance: number, how: 'direct' | 'related' = 'direct') => {
    const map = how === 'direct' ? direct : related;
    if ((map.get(id) ?? 0) < relevance) map.set(id, relevance);
  };
  const typeRelevance = new Map<LocationType, number>();
  const matchedEvents = new Set(matches.filter((m) => m.kind === 'life-event').map((m) => m.id));
  const organizations: SearchOutcome['organizations'] = [];
  for (const match of matches) {
    if (match.kind === 'service') consider(match.id, match.relevance);
    else if (match.kind === 'life-event') {
      for (const service of index.servicesById.values()) {
        if (!service.lifeEventIds.includes(match.id)) continue;
        // Programs for one group (veterans) answer a general need ("lost my job") after the programs for everyone.
        const forAnotherGroup = service.lifeEventIds.some((id) => GROUP_LIFE_EVENTS.has(id) && !matchedEvents.has(id));
        consider(service.id, match.relevance * (forAnotherGroup ? 0.6 : 0.8), 'related');
      }
    } else if (match.kind === 'organization') {
      const org = index.organizationsById.get(match.id)!;
      organizations.push({ ...org, relevance: match.relevance, pointCount: index.pointsByOrganization.get(org.id)?.length ?? 0 });
    } else typeRelevance.set(match.id as LocationType, match.relevance);
  }
  // An organization named without counters of its own (CRA, Services Québec): its own programs and their channels answer.
  for (const org of organizations) {
    if (org.pointCount > 0) continue;
    const own = [...index.servicesById.values()]
      .filter((service) => service.organizationId === org.id && !isInventoryOnly(service))
      .sort((a, b) => b.lifeEventIds.length - a.lifeEventIds.length || a.name.en.localeCompare(b.name.en))
      .slice(0, ORGANIZATION_SERVICES);
    for (const service of own) consider(service.id, org.relevance * 0.9);
  }
  // "CRA office", "bureau de Service Canada": once an organization is named, "office" says what of it, not another need.
  if (organizations.length > 0 && !params.type) typeRelevance.clear();
  if (!params.q && lifeEvent) for (const service of index.servicesById.values()) if (service.lifeEventIds.includes(lifeEvent.id)) consider(service.id, 1);
  if (params.serviceId) {
    direct.clear();
    related.clear();
    typeRelevance.clear();
    organizations.length = 0;
    if (index.servicesById.has(params.serviceId)) consider(params.serviceId, 1);
  }
  const serviceRelevance = new Map<string, number>(related);
  for (const [id, relevance] of direct) if ((serviceRelevance.get(id) ?? 0) < relevance) serviceRelevance.set(id, relevance);

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
      const how = direct.has(id) ? 'direct' : 'related';
      for (const replacementId of rule.replacedBy) {
        if (!index.servicesById.has(replacementId)) continue;
        if ((serviceRelevance.get(replacementId) ?? 0) < relevance) serviceRelevance.set(replacementId, relevance);
        if (how === 'direct') consider(replacementId, relevance);
      }
    }
  }

  // Direct matches before related ones: a curated service the query names (or an imported one it names exactly), then
  // the programs of a matched life event, then imported services the query only partly names ("pension": the pension
  // programs, then the rest of "retiring", never the Canadian Dental Care Plan first).
  const tierOf = (service: CatalogueService, relevance: number): number => {
    if (!direct.has(service.id)) return 1;
    return isInventoryOnly(service) && relevance < 1 ? 2 : 0;
  };
  const naming = related.size > 0 && params.q ? entriesNaming(params.q, index.need) : new Set<string>();
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
    .map((entry) => ({ ...entry, tier: tierOf(entry.service, entry.relevance), closer: naming.has(entry.service.id) ? 1 : 0 }))
    // Services known only from the GC Service Inventory rank after curated ones for equal or near-equal matches
    // (rankScore); equal matches: curated first, then the service that serves more life events is the more general
    // answer (Job Bank before a veterans-only program for "lost my job").
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        (a.tier === 1 ? b.closer - a.closer : 0) ||
        // among those, the program proper to the event (the death benefit) before one serving many events
        (a.tier === 1 && a.closer === 1 && b.closer === 1 ? a.service.lifeEventIds.length - b.service.lifeEventIds.length : 0) ||
        rankScore(b.relevance, isInventoryOnly(b.service)) - rankScore(a.relevance, isInventoryOnly(a.service)) ||
        Number(isInventoryOnly(a.service)) - Number(isInventoryOnly(b.service)) ||
        b.service.lifeEventIds.length - a.service.lifeEventIds.length ||
        a.service.name.en.localeCompare(b.service.name.en),
    );
  services = services.slice(0, 12);

  // A query that names a program or an organization outright is not looking for places whose names share its words
  // ("Services Québec" is not the "Quebec Service Canada Centre - Passport Services").
  const namedOutright = organizations.length > 0 || matches.some((match) => match.relevance >= 1 && match.kind !== 'location-type');
  const namedPoints = params.q && !lifeEvent && !params.serviceId && !namedOutright ? pointsByName(index, params.q) : null;

  const lifeEvents = matches.filter((match) => match.kind === 'life-event').map((match) => ({ id: match.id, relevance: match.relevance }));
  if (lifeEvent && !lifeEvents.some((event) => event.id === lifeEvent.id)) lifeEvents.unshift({ id: lifeEvent.id, relevance: 1 });

  const outcome = (partial: Partial<SearchOutcome>): SearchOutcome => ({
    matches,
    services: services.map((s) => s.service),
    lifeEvents,
    organizations,
    place,
    origin,
    results: [],
    total: 0,
    nearby: null,
    officeGaps: officeGapsIn(index, services.map((s) => s.service), origin?.province),
    replaced,
    ...partial,
  });

  // A place and no need ("Iqaluit", "X0A 0H0"): what is near, grouped by kind of place and order of government.
  if (!params.q && !lifeEvent && !params.type && !params.serviceId) {
    return outcome({ notice: 'needs-query', ...(origin ? { nearby: nearbyGroups(index, origin, params) } : {}) });
  }
  const nothingElse = typeRelevance.size === 0 && !namedPoints && !params.type && organizations.every((org) => org.pointCount === 0);
  if (services.length === 0 && nothingElse) return outcome({ notice: selected.length > 0 ? 'not-offered-here' : 'no-match' });
  if (place?.status === 'unknown') return outcome({ notice: 'place-unknown' });
  if (place?.status === 'ambiguous') return outcome({ notice: 'place-ambiguous' });
  if (place?.status === 'invalid') return outcome({ notice: 'place-invalid' });
  if (!origin) return outcome({ notice: 'needs-place' });

  // Candidate points with the relevance of the best reason they were found, whether a direct match found them, and
  // the services they deliver.
  const relevance = new Float64Array(index.points.length);
  const directRelevance = new Float64Array(index.points.length);
  const delivered = new Map<number, string[]>();
  const candidates: number[] = [];
  const touch = (i: number, value: number, isDirect: boolean) => {
    if (relevance[i] === 0) candidates.push(i);
    if (relevance[i]! < value) relevance[i] = value;
    if (isDirect && directRelevance[i]! < value) directRelevance[i] = value;
  };
  for (const { service, relevance: value, tier } of services) {
    for (const i of index.pointsByService.get(service.id) ?? []) {
      touch(i, value, tier !== 1);
      (delivered.get(i) ?? delivered.set(i, []).get(i)!).push(service.id);
    }
  }
  for (const [type, value] of typeRelevance) for (const i of index.pointsByType.get(type) ?? []) touch(i, value, true);
  for (const org of organizations) for (const i of index.pointsByOrganization.get(org.id) ?? []) touch(i, org.relevance, true);
  if (namedPoints) for (const i of namedPoints) touch(i, NAME_MATCH_RELEVANCE, true);
  if (params.type && services.length === 0 && typeRelevance.size === 0 && !namedPoints) {
    for (const i of index.pointsByType.get(params.type) ?? []) touch(i, 0.5, true);
  }
  // The places the query names best come first, nearest first ("refuge": shelters, then the rest); then the others.
  let strongest = 0;
  for (const i of candidates) if (directRelevance[i]! > strongest) strongest = directRelevance[i]!;
  const strongFrom = strongest - STRONG_MARGIN;

  const orderMask = params.order ? orderBit(params.order) : 0;
  const within = params.withinKm ?? Infinity;
  const kept: Candidate[] = [];
  // Many candidates (a large snapshot, a broad need): mark and count them, measuring only where a distance rule applies,
  // and take the nearest from the spatial index (lib/geo/nearest.ts): the same results and total as the scan.
  const marked = !params.openNow && candidates.length >= SPATIAL_MIN_CANDIDATES ? new Uint8Array(index.points.length) : null;
  let markedCount = 0;
  for (const i of candidates) {
    const point = index.points[i]!;
    if (params.type && point.type !== params.type) continue;
    if (orderMask && !delivered.has(i) && (index.providerOrders[i]! & orderMask) === 0) continue;
    if (params.serviceLanguage && !point.officialLanguages?.includes(params.serviceLanguage)) continue;
    // A WorkBC centre is no help in Toronto: points in another province count only when a federal service is there.
    if (origin.province && point.address.province !== origin.province && (index.providerOrders[i]! & FEDERAL_BIT) === 0) continue;
    const measured = !marked || within !== Infinity || (index.providerOrders[i]! & ~LOCAL_BITS) === 0;
    const d = measured ? haversineKm(origin.lat, origin.lon, index.lat[i]!, index.lon[i]!) : 0;
    if (d > within) continue;
    // A Toronto EarlyON centre is no help in Ottawa: city and community services count only nearby.
    if (d > LOCAL_SERVICE_RADIUS_KM && (index.providerOrders[i]! & ~LOCAL_BITS) === 0) continue;
    if (marked) {
      marked[i] = 1;
      markedCount++;
    } else kept.push({ i, d, tier: directRelevance[i]! > 0 && directRelevance[i]! >= strongFrom ? 0 : 1 });
  }
  const statusOf = (i: number): OpenStatus => {
    const point = index.points[i]!;
    return openStatusAt(hoursOf(point), params.at);
  };
  // Best-named first; then nearest; then the better match; then a fixed order, so pages never overlap when distances tie.
  const nearestFirst = (a: Candidate, b: Candidate) => a.tier - b.tier || a.d - b.d || relevance[b.i]! - relevance[a.i]! || a.i - b.i;
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
      return isOpenAt(hoursOf(point), params.at);
    });
    total = open.length;
    results = nearest(open, params.offset + params.limit, nearestFirst)
      .slice(params.offset)
      .map((candidate) => toResult(candidate, statusOf(candidate.i)));
  } else if (marked) {
    total = markedCount;
    const spatial = spatialIndexFor(index.lat, index.lon);
    const tierOf = (i: number) => (directRelevance[i]! > 0 && directRelevance[i]! >= strongFrom ? 0 : 1);
    const withinTier = (a: NearHit, b: NearHit) => a.d - b.d || relevance[b.i]! - relevance[a.i]! || a.i - b.i;
    const wanted = params.offset + params.limit;
    const first = spatial.nearest(origin.lat, origin.lon, wanted, (i) => marked[i] === 1 && tierOf(i) === 0, withinTier);
    const rest = first.length < wanted ? spatial.nearest(origin.lat, origin.lon, wanted - first.length, (i) => marked[i] === 1 && tierOf(i) === 1, withinTier) : [];
    results = [...first, ...rest].slice(params.offset).map((hit) => toResult({ ...hit, tier: tierOf(hit.i) }, statusOf(hit.i)));
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

/** A place alone lists what is this near; farther only where little is (the North), up to the far limit. */
const NEARBY_RADIUS_KM = 25;
const NEARBY_FAR_KM = 300;
const NEARBY_MIN_POINTS = 6;
/** the nearest points of each kind shown in a group */
const NEARBY_PER_GROUP = 3;

/** Points near a place, grouped by order of government and kind of place, each group nearest first. */
function nearbyGroups(index: SearchIndex, origin: ResolvedPlace, params: SearchParams): NearbyGroup[] {
  const near: Candidate[] = [];
  const far: Candidate[] = [];
  for (let i = 0; i < index.points.length; i++) {
    if (params.order && (index.providerOrders[i]! & orderBit(params.order)) === 0 && ORDERS[index.pointOrder[i]!] !== params.order) continue;
    const d = haversineKm(origin.lat, origin.lon, index.lat[i]!, index.lon[i]!);
    if (d <= NEARBY_RADIUS_KM) near.push({ i, d, tier: 0 });
    else if (d <= NEARBY_FAR_KM) far.push({ i, d, tier: 0 });
  }
  const byDistance = (a: Candidate, b: Candidate) => a.d - b.d || a.i - b.i;
  const chosen = near.length >= NEARBY_MIN_POINTS ? near : [...near, ...nearest(far, NEARBY_MIN_POINTS - near.length, byDistance)];
  const groups = new Map<string, { order: GovernmentOrder; type: LocationType; members: Candidate[] }>();
  for (const candidate of chosen) {
    const point = index.points[candidate.i]!;
    const order = ORDERS[index.pointOrder[candidate.i]!]!;
    const key = `${order}:${point.type}`;
    (groups.get(key) ?? groups.set(key, { order, type: point.type, members: [] }).get(key)!).members.push(candidate);
  }
  return [...groups.values()]
    .map(({ order, type, members }) => {
      const shown = nearest(members, NEARBY_PER_GROUP, byDistance);
      return {
        order,
        type,
        total: members.length,
        nearestKm: Math.round(shown[0]!.d * 10) / 10,
        results: shown.map(({ i, d }) => {
          const point = index.points[i]!;
          return {
            point,
            distanceKm: Math.round(d * 10) / 10,
            relevance: 0,
            serviceIds: [],
            status: openStatusAt(hoursOf(point), params.at),
          };
        }),
      };
    })
    .sort((a, b) => ORDERS.indexOf(a.order) - ORDERS.indexOf(b.order) || a.nearestKm - b.nearestKm || a.type.localeCompare(b.type));
}

interface Candidate {
  i: number;
  d: number;
  /** 0: found by what the query names best; 1: found otherwise (weaker or related matches) */
  tier: number;
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
