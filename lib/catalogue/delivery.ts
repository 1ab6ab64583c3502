import type { OfferedService, ServiceAtLocation, ServicePoint } from '../model/schema';
import type { CatalogueService, InPersonChannel } from './schema';

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
  return patterns.some((pattern) => (pattern.endsWith('*') ? offeredServiceId.startsWith(pattern.slice(0, -1)) : offeredServiceId === pattern));
}

function ruleMatches(rule: InPersonChannel, point: ServicePoint, record: ServiceAtLocation): boolean {
  return (
    rule.locationTypes.includes(point.type) &&
    offeredServiceMatches(rule.offeredServiceIds, record.serviceId) &&
    (rule.anyOfFeatures.length === 0 || record.features.some((feature) => rule.anyOfFeatures.includes(feature)))
  );
}

/**
 * The service-at-location records and service points that deliver a catalogue service in person: those whose
 * offered service names the catalogue entry in `catalogueIds`, and those matching the entry's in-person rule.
 */
export function deliveryPointsFor(service: CatalogueService, snapshot: DeliverySnapshot): DeliveryPoints {
  const pointById = new Map(snapshot.servicePoints.map((point) => [point.id, point]));
  const linkedOfferedServices = new Set(snapshot.services.filter((offered) => offered.catalogueIds.includes(service.id)).map((offered) => offered.id));
  const rule = service.channels.inPerson;
  const serviceAtLocationIds: string[] = [];
  const servicePointIds = new Set<string>();
  for (const record of snapshot.servicesAtLocations) {
    const point = pointById.get(record.locationId);
    if (point === undefined) continue;
    if (linkedOfferedServices.has(record.serviceId) || (rule !== undefined && ruleMatches(rule, point, record))) {
      serviceAtLocationIds.push(record.id);
      servicePointIds.add(point.id);
    }
  }
  return { serviceAtLocationIds, servicePointIds: [...servicePointIds] };
}
