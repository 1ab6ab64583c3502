import type { OfferedService, ServiceAtLocation, ServicePoint } from '../model/schema';
import type { CatalogueService, InPersonChannel } from '../model/catalogue';

/** The parts of a snapshot (lib/data/snapshot.ts) that in-person delivery is read from. */
export interface DeliverySnapshot {
  servicePoints: ServicePoint[];
  services: OfferedService[];
  servicesAtLocations: ServiceAtLocation[];
}

export interface DeliveryPoints {
  serviceAtLocationIds: string[];
  servicePointIds: string[];
}

function offeredServiceMatches(patterns: string[], offeredServiceId: string): boolean {
  if (patterns.length === 0) return true;
  return patterns.some((pattern) =>
    pattern.endsWith('*') ? offeredServiceId.startsWith(pattern.slice(0, -1)) : offeredServiceId === pattern,
  );
}

function ruleMatches(rule: InPersonChannel, point: ServicePoint, record: ServiceAtLocation): boolean {
  return (
    rule.locationTypes.includes(point.type) &&
    offeredServiceMatches(rule.offeredServiceIds, record.serviceId) &&
    (rule.anyOfFeatures.length === 0 || record.features.some((feature) => rule.anyOfFeatures.includes(feature)))
  );
}

/**
 * The service-at-location records and service points that deliver each catalogue service in person: those whose
 * offered service names the catalogue entry in `catalogueIds`, and those matching the entry's in-person rule.
 * One pass over the records for all services, so a 100,000-record snapshot is indexed in about a second.
 */
export function deliveryPointsForAll(services: readonly CatalogueService[], snapshot: DeliverySnapshot): Map<string, DeliveryPoints> {
  const pointById = new Map(snapshot.servicePoints.map((point) => [point.id, point]));
  const linkedCatalogueIds = new Map(snapshot.services.map((offered) => [offered.id, new Set(offered.catalogueIds)]));
  const withRule = services.filter((service) => service.channels.inPerson !== undefined);
  const found = new Map(
    services.map((service) => [service.id, { serviceAtLocationIds: [] as string[], servicePointIds: new Set<string>() }]),
  );
  const add = (serviceId: string, recordId: string, pointId: string) => {
    const entry = found.get(serviceId);
    if (!entry) return;
    entry.serviceAtLocationIds.push(recordId);
    entry.servicePointIds.add(pointId);
  };
  for (const record of snapshot.servicesAtLocations) {
    const point = pointById.get(record.locationId);
    if (point === undefined) continue;
    const linked = linkedCatalogueIds.get(record.serviceId);
    for (const service of withRule) {
      if (!linked?.has(service.id) && ruleMatches(service.channels.inPerson!, point, record)) add(service.id, record.id, point.id);
    }
    for (const serviceId of linked ?? []) add(serviceId, record.id, point.id);
  }
  return new Map(
    [...found].map(([id, entry]) => [
      id,
      { serviceAtLocationIds: entry.serviceAtLocationIds, servicePointIds: [...entry.servicePointIds] },
    ]),
  );
}

export function deliveryPointsFor(service: CatalogueService, snapshot: DeliverySnapshot): DeliveryPoints {
  return deliveryPointsForAll([service], snapshot).get(service.id)!;
}
