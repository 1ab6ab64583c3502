import { deliveryPointsForAll, type DeliveryPoints, type DeliverySnapshot } from '../catalogue/delivery';
import type { Catalogue, CatalogueService } from '../model/catalogue';
import type { GovernmentOrder, Localized, Place, ProvinceCode, Snapshot } from '../model/schema';

/**
 * What Guichet covers, computed from the data snapshot and the catalogue (never typed by hand): for each province and
 * territory and each order of government, the service points Guichet holds, the catalogue services that apply there,
 * the sources (and their dates) the points come from, and what is missing. Language-neutral: see view.ts for a page.
 */

/** The rows of a jurisdiction's table. The province's or territory's own government is one row, whichever it is. */
export const COVERAGE_ORDERS = ['federal', 'own', 'municipal', 'indigenous', 'community'] as const;
export type CoverageOrderKey = (typeof COVERAGE_ORDERS)[number];

/** A source is called dated when the newest data it gives is older than this, before the snapshot was built. */
export const DATED_AFTER_YEARS = 3;

export interface OrderCoverage {
  key: CoverageOrderKey;
  /** the order of government of the row ('provincial' or 'territorial' for the jurisdiction's own government) */
  order: GovernmentOrder;
  /** service points in the jurisdiction where a government (or organization) of this order delivers a service */
  points: number;
  /** catalogue services of this order that apply to residents of the jurisdiction */
  services: number;
  /** of those, the services that at least one listed point in the jurisdiction delivers in person */
  servicesWithPoints: number;
  /** snapshot sources the points come from (source ids, newest first) */
  sourceIds: string[];
}

export type CoverageGap =
  /** the jurisdiction's own government: no office at all in the snapshot; its programs with counters are listed */
  | { kind: 'no-own-offices'; serviceIds: string[] }
  /** some offices are listed, but not those of these programs */
  | { kind: 'own-offices-incomplete'; serviceIds: string[] }
  /** federal programs delivered at counters none of which is listed in the jurisdiction */
  | { kind: 'federal-offices-incomplete'; serviceIds: string[] }
  | { kind: 'no-municipal-data' }
  /** municipal data exists only for these municipalities */
  | { kind: 'municipal-data-partial'; municipalities: Localized[] }
  /** no service point of an Indigenous government; `communities` First Nations and Inuit communities are known as places */
  | { kind: 'no-indigenous-data'; communities: number }
  /** points of this row come from sources older than DATED_AFTER_YEARS */
  | { kind: 'dated-sources'; order: CoverageOrderKey; sourceIds: string[] };

export interface JurisdictionCoverage {
  code: ProvinceCode;
  order: 'provincial' | 'territorial';
  /** distinct service points in the jurisdiction, all orders together */
  points: number;
  /** distinct catalogue services that apply to its residents, all orders together */
  services: number;
  orders: OrderCoverage[];
  /** municipalities with municipal service points or municipal catalogue services */
  municipalities: Localized[];
  /** federal services its residents get from their own government instead, and what replaces them */
  replaced: Array<{ serviceId: string; replacedBy: string[] }>;
  gaps: CoverageGap[];
}

export interface NationalCoverage {
  points: number;
  services: number;
  byOrder: Array<{ order: GovernmentOrder; points: number; services: number }>;
  /** sources of service points, and reference sources (places, boundaries) */
  pointSourceIds: string[];
  referenceSourceIds: string[];
}

export interface Coverage {
  snapshot: { version: string; builtAt: string };
  catalogueVersion: string;
  national: NationalCoverage;
  jurisdictions: JurisdictionCoverage[];
}

const PROVINCE = /^[A-Z]{2}$/;

function sortByDateDesc(ids: Iterable<string>, dateOf: Map<string, string>): string[] {
  return [...new Set(ids)].sort((a, b) => (dateOf.get(b) ?? '').localeCompare(dateOf.get(a) ?? '') || a.localeCompare(b));
}

/** "2019-10" → about the end of October 2019; "2011" → the end of 2011: a source is only called dated when it surely is. */
function latestDayOf(date: string): Date | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2] ?? '12') - 1, Number(match[3] ?? '28')));
}

export function isDated(sourceDate: string, builtAt: string, years = DATED_AFTER_YEARS): boolean {
  const start = latestDayOf(sourceDate);
  const built = new Date(builtAt);
  if (!start || Number.isNaN(built.getTime())) return false;
  const limit = new Date(built);
  limit.setUTCFullYear(limit.getUTCFullYear() - years);
  return start < limit;
}

/** The province of a municipality named in the catalogue ("Toronto"): the most populous place of that name. */
function municipalityProvince(name: string, places: readonly Place[]): { province: ProvinceCode; name: Localized } | undefined {
  const key = name.trim().toLowerCase();
  const candidates = places.filter(
    (place) => place.kind !== 'fsa' && (place.name.en?.toLowerCase() === key || place.name.fr?.toLowerCase() === key),
  );
  candidates.sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  const best = candidates[0];
  return best ? { province: best.province, name: best.name } : undefined;
}

function servedAtCounters(service: CatalogueService): boolean {
  return service.channels.offices !== undefined || service.channels.inPerson !== undefined;
}

export function computeCoverage(
  snapshot: Snapshot,
  catalogue: Catalogue,
  delivery: Map<string, DeliveryPoints> = deliveryPointsForAll(catalogue.services, snapshot as DeliverySnapshot),
): Coverage {
  const orderOf = new Map(snapshot.organizations.map((organization) => [organization.id, organization]));
  const pointById = new Map(snapshot.servicePoints.map((point) => [point.id, point]));
  const dateOf = new Map(snapshot.sources.map((source) => [source.sourceId, source.sourceDate]));

  // Which orders deliver at each point (by the provider of each service there, not the host of the site), and the
  // sources each (point, order) pair comes from.
  const pointOrders = new Map<string, Map<GovernmentOrder, Set<string>>>();
  const municipalitiesByProvince = new Map<string, Map<string, Localized>>();
  for (const record of snapshot.servicesAtLocations) {
    const point = pointById.get(record.locationId);
    const provider = orderOf.get(record.providerOrganizationId);
    if (!point || !provider) continue;
    const orders = pointOrders.get(point.id) ?? pointOrders.set(point.id, new Map()).get(point.id)!;
    const sources = orders.get(provider.order) ?? orders.set(provider.order, new Set()).get(provider.order)!;
    sources.add(record.provenance.sourceId);
    for (const provenance of point.provenance) sources.add(provenance.sourceId);
    if (provider.order === 'municipal') {
      const name: Localized =
        PROVINCE.test(provider.jurisdiction) || provider.jurisdiction === 'CA'
          ? point.address.city
          : { en: provider.jurisdiction, fr: provider.jurisdiction };
      const key = (name.en ?? name.fr ?? '').toLowerCase();
      const byName =
        municipalitiesByProvince.get(point.address.province) ??
        municipalitiesByProvince.set(point.address.province, new Map()).get(point.address.province)!;
      if (!byName.has(key)) byName.set(key, name);
    }
  }

  // Catalogue services, by the province they apply to.
  const provincesServed = (service: CatalogueService): Set<string> =>
    new Set(
      (delivery.get(service.id)?.servicePointIds ?? [])
        .map((id) => pointById.get(id)?.address.province)
        .filter((code): code is ProvinceCode => code !== undefined),
    );
  const servedIn = new Map(catalogue.services.map((service) => [service.id, provincesServed(service)]));
  const serviceProvince = new Map<string, string>();
  for (const service of catalogue.services) {
    if (service.order === 'federal' || service.jurisdiction === 'CA') continue;
    if (PROVINCE.test(service.jurisdiction)) {
      serviceProvince.set(service.id, service.jurisdiction);
      continue;
    }
    const municipality = municipalityProvince(service.jurisdiction, snapshot.places);
    if (!municipality) continue;
    serviceProvince.set(service.id, municipality.province);
    if (service.order === 'municipal') {
      const byName =
        municipalitiesByProvince.get(municipality.province) ??
        municipalitiesByProvince.set(municipality.province, new Map()).get(municipality.province)!;
      const key = (municipality.name.en ?? municipality.name.fr ?? '').toLowerCase();
      if (!byName.has(key)) byName.set(key, municipality.name);
    }
  }

  const communitiesByProvince = new Map<string, number>();
  for (const place of snapshot.places) {
    if (place.kind === 'first-nation' || place.kind === 'inuit-community')
      communitiesByProvince.set(place.province, (communitiesByProvince.get(place.province) ?? 0) + 1);
  }

  const jurisdictions = [...catalogue.jurisdictions]
    .sort((a, b) => a.name.en.localeCompare(b.name.en, 'en'))
    .map((jurisdiction): JurisdictionCoverage => {
      const code = jurisdiction.code;
      const points = snapshot.servicePoints.filter((point) => point.address.province === code);
      const rowOrder = (key: CoverageOrderKey): GovernmentOrder => (key === 'own' ? jurisdiction.order : key);
      const replaced = catalogue.services
        .filter((service) => service.order === 'federal')
        .flatMap((service) => {
          const rules = service.notAvailableIn.filter((rule) => rule.provinces.includes(code));
          return rules.length === 0 ? [] : [{ serviceId: service.id, replacedBy: [...new Set(rules.flatMap((rule) => rule.replacedBy))] }];
        });
      const replacedIds = new Set(replaced.map((entry) => entry.serviceId));
      const servicesOf = (key: CoverageOrderKey): CatalogueService[] =>
        catalogue.services.filter((service) => {
          if (key === 'federal') return service.order === 'federal' && !replacedIds.has(service.id);
          if (serviceProvince.get(service.id) !== code) return false;
          return key === 'own' ? service.order === 'provincial' || service.order === 'territorial' : service.order === key;
        });

      const orders = COVERAGE_ORDERS.map((key): OrderCoverage => {
        const order = rowOrder(key);
        const matches = (candidate: GovernmentOrder) =>
          key === 'own' ? candidate === 'provincial' || candidate === 'territorial' : candidate === order;
        const sourceIds: string[] = [];
        let count = 0;
        for (const point of points) {
          const byOrder = pointOrders.get(point.id);
          let counted = false;
          for (const [candidate, sources] of byOrder ?? []) {
            if (!matches(candidate)) continue;
            counted = true;
            sourceIds.push(...sources);
          }
          if (counted) count += 1;
        }
        const services = servicesOf(key);
        return {
          key,
          order,
          points: count,
          services: services.length,
          servicesWithPoints: services.filter((service) => servedIn.get(service.id)?.has(code)).length,
          sourceIds: sortByDateDesc(sourceIds, dateOf),
        };
      });
      const row = (key: CoverageOrderKey) => orders.find((candidate) => candidate.key === key)!;

      const gaps: CoverageGap[] = [];
      const own = row('own');
      const ownWithoutOffices = servicesOf('own')
        .filter((service) => servedAtCounters(service) && !servedIn.get(service.id)?.has(code))
        .map((service) => service.id);
      if (own.points === 0) gaps.push({ kind: 'no-own-offices', serviceIds: ownWithoutOffices });
      else if (ownWithoutOffices.length > 0) gaps.push({ kind: 'own-offices-incomplete', serviceIds: ownWithoutOffices });
      const federalWithoutOffices = servicesOf('federal')
        .filter((service) => service.channels.inPerson !== undefined && !servedIn.get(service.id)?.has(code))
        .map((service) => service.id);
      if (federalWithoutOffices.length > 0) gaps.push({ kind: 'federal-offices-incomplete', serviceIds: federalWithoutOffices });
      const municipalities = [...(municipalitiesByProvince.get(code)?.values() ?? [])].sort((a, b) =>
        (a.en ?? a.fr ?? '').localeCompare(b.en ?? b.fr ?? '', 'en'),
      );
      if (row('municipal').points === 0 && row('municipal').services === 0) gaps.push({ kind: 'no-municipal-data' });
      else gaps.push({ kind: 'municipal-data-partial', municipalities });
      if (row('indigenous').points === 0) gaps.push({ kind: 'no-indigenous-data', communities: communitiesByProvince.get(code) ?? 0 });
      for (const entry of orders) {
        const dated = entry.sourceIds.filter((id) => {
          const date = dateOf.get(id);
          return date !== undefined && isDated(date, snapshot.builtAt);
        });
        // A row is dated when its newest source is: older sources merged into a recent one do not make it stale.
        if (dated.length > 0 && dated.length === entry.sourceIds.length)
          gaps.push({ kind: 'dated-sources', order: entry.key, sourceIds: dated });
      }

      const allServices = new Set(COVERAGE_ORDERS.flatMap((key) => servicesOf(key).map((service) => service.id)));
      return {
        code,
        order: jurisdiction.order,
        points: points.length,
        services: allServices.size,
        orders,
        municipalities,
        replaced,
        gaps,
      };
    });

  const allPointSources = new Set<string>();
  for (const point of snapshot.servicePoints) for (const provenance of point.provenance) allPointSources.add(provenance.sourceId);
  for (const record of snapshot.servicesAtLocations) allPointSources.add(record.provenance.sourceId);
  const nationalOrders: GovernmentOrder[] = ['federal', 'provincial', 'territorial', 'municipal', 'indigenous', 'community'];
  const byOrder = nationalOrders.map((order) => ({
    order,
    points: snapshot.servicePoints.filter((point) => pointOrders.get(point.id)?.has(order)).length,
    services: catalogue.services.filter((service) => service.order === order).length,
  }));

  return {
    snapshot: { version: snapshot.version, builtAt: snapshot.builtAt },
    catalogueVersion: catalogue.version,
    national: {
      points: snapshot.servicePoints.length,
      services: catalogue.services.length,
      byOrder,
      pointSourceIds: sortByDateDesc(
        snapshot.sources.filter((source) => allPointSources.has(source.sourceId)).map((source) => source.sourceId),
        dateOf,
      ),
      referenceSourceIds: sortByDateDesc(
        snapshot.sources.filter((source) => !allPointSources.has(source.sourceId)).map((source) => source.sourceId),
        dateOf,
      ),
    },
    jurisdictions,
  };
}
