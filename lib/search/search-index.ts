import { GovernmentOrder, type LocationType, type ServicePoint, type Snapshot } from '../model/schema';
import type { CatalogueOrganization, CatalogueService, LifeEvent } from '../model/catalogue';
import { isInventoryOnly } from '../catalogue/inventory-import';
import { matchKey } from '../text/fold';
import { buildNeedIndex, type NeedEntry, type NeedIndex } from './need';
import { buildPlaceIndex, type PlaceIndex } from './place';
import { tokens } from './normalize';
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

export const ORDERS: readonly GovernmentOrder[] = GovernmentOrder.options;
/** A point's bit for an order of government in `SearchIndex.providerOrders`. */
export const orderBit = (order: GovernmentOrder): number => 1 << ORDERS.indexOf(order);

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
  for (const org of corpus.organizations ?? [])
    organizationsById.set(org.id, {
      id: org.id,
      name: { en: org.name.en, fr: org.name.fr },
      order: org.order,
      jurisdiction: org.jurisdiction,
    });
  for (const org of corpus.snapshot.organizations) {
    if ((byOrganization.get(org.id)?.size ?? 0) < 2 || organizationsById.has(org.id)) continue;
    organizationsById.set(org.id, {
      id: org.id,
      name: { ...(org.name.en ? { en: org.name.en } : {}), ...(org.name.fr ? { fr: org.name.fr } : {}) },
      order: org.order,
      jurisdiction: org.jurisdiction,
    });
  }
  const aliasesById = new Map<string, string[]>();
  for (const alias of organizationAliasList())
    if (organizationsById.has(alias.id)) aliasesById.set(alias.id, [...(aliasesById.get(alias.id) ?? []), ...alias.names]);

  const pointsByService = new Map<string, Int32Array>();
  for (const service of corpus.services) {
    const indexes = corpus
      .deliveryPointIds(service)
      .map((id) => pointIndexById.get(id))
      .filter((i): i is number => i !== undefined);
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
    const words = new Set([
      ...tokens(point.name.en ?? ''),
      ...tokens(point.name.fr ?? ''),
      ...tokens(point.address.city.en ?? ''),
      ...tokens(point.address.city.fr ?? ''),
    ]);
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
    ...corpus.locationTypes.map((labels) => ({
      id: labels.type,
      kind: 'location-type' as const,
      names: labels.names,
      synonyms: labels.synonyms,
    })),
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
