import {
  orderRank,
  type DeliveryMode,
  type GovernmentOrder,
  type LocationType,
  type Localized,
  type Organization,
  type ServiceAtLocation,
  type ServicePoint,
  type Snapshot,
} from '../model/schema';

/**
 * What a person can be "within X km of": the points where an order of government, an organization, or a kind of
 * in-person service is delivered. A point delivers for a provider when a service of that provider is offered there in
 * person, co-located, by a partner or on a scheduled outreach visit (virtual service is not in-person access).
 */

export const PHYSICAL_MODES: readonly DeliveryMode[] = ['in-person', 'co-located', 'partner', 'outreach'];
/** Orders of government; community organizations are not a government and are left out of "any government". */
export const GOVERNMENT_ORDERS = [
  'federal',
  'provincial',
  'territorial',
  'municipal',
  'indigenous',
] as const satisfies readonly GovernmentOrder[];
export type GovernmentOrderKey = (typeof GOVERNMENT_ORDERS)[number];
export const isGovernmentOrder = (order: GovernmentOrder): order is GovernmentOrderKey =>
  (GOVERNMENT_ORDERS as readonly string[]).includes(order);

/** Point types that are a government counter or visit (a library or a shelter is not counted as a kind of service). */
export const SERVICE_KINDS: readonly LocationType[] = [
  'service-centre',
  'passport-office',
  'outreach-site',
  'partner-site',
  'employment-centre',
  'land-registry-office',
  'government-office',
  'municipal-office',
];
/** Passport services: delivered for IRCC at Service Canada centres and passport offices. */
export const PASSPORT_PROVIDER = 'gc-ircc';

export type LayerDimension = 'government' | 'order' | 'organization' | 'kind';

export interface Layer {
  /** 'government', 'order:federal', 'organization:gc-service-canada', 'kind:federal:service-centre', 'kind:passport' */
  key: string;
  dimension: LayerDimension;
  order: GovernmentOrder | null;
  organizationId: string | null;
  organizationName: Localized | null;
  /** point type for kinds; 'passport' for passport services */
  kind: LocationType | 'passport' | null;
  pointIds: string[];
}

export interface Delivery {
  point: ServicePoint;
  provider: Organization;
  host: Organization | undefined;
  sal: ServiceAtLocation;
}

/** Every in-person delivery of the snapshot: a service at a point with its provider (physical modes only). */
export function deliveries(snapshot: Snapshot): Delivery[] {
  const points = new Map(snapshot.servicePoints.map((point) => [point.id, point]));
  const organizations = new Map(snapshot.organizations.map((organization) => [organization.id, organization]));
  return snapshot.servicesAtLocations.flatMap((sal) => {
    const point = points.get(sal.locationId);
    const provider = organizations.get(sal.providerOrganizationId);
    if (!point || !provider || !PHYSICAL_MODES.includes(sal.mode)) return [];
    return [{ point, provider, host: organizations.get(sal.hostOrganizationId), sal }];
  });
}

/** The layers of a snapshot, in a stable order: any government, each order, each organization, each kind. */
export function buildLayers(snapshot: Snapshot): Layer[] {
  const all = deliveries(snapshot);
  const byKey = new Map<string, Layer>();
  const add = (key: string, base: Omit<Layer, 'key' | 'pointIds'>, pointId: string) => {
    let layer = byKey.get(key);
    if (!layer) {
      layer = { key, ...base, pointIds: [] };
      byKey.set(key, layer);
    }
    if (!layer.pointIds.includes(pointId)) layer.pointIds.push(pointId);
  };
  for (const { point, provider } of all) {
    const order = provider.order;
    if (isGovernmentOrder(order))
      add('government', { dimension: 'government', order: null, organizationId: null, organizationName: null, kind: null }, point.id);
    add(`order:${order}`, { dimension: 'order', order, organizationId: null, organizationName: null, kind: null }, point.id);
    if (isGovernmentOrder(order)) {
      add(
        `organization:${provider.id}`,
        { dimension: 'organization', order, organizationId: provider.id, organizationName: provider.name, kind: null },
        point.id,
      );
      if (SERVICE_KINDS.includes(point.type))
        add(
          `kind:${order}:${point.type}`,
          { dimension: 'kind', order, organizationId: null, organizationName: null, kind: point.type },
          point.id,
        );
      if (provider.id === PASSPORT_PROVIDER || point.type === 'passport-office')
        add(
          'kind:passport',
          { dimension: 'kind', order: 'federal', organizationId: null, organizationName: null, kind: 'passport' },
          point.id,
        );
    }
  }
  const dimensionRank: Record<LayerDimension, number> = { government: 0, order: 1, organization: 2, kind: 3 };
  return [...byKey.values()].sort(
    (a, b) =>
      dimensionRank[a.dimension] - dimensionRank[b.dimension] ||
      (a.order ? orderRank(a.order) : -1) - (b.order ? orderRank(b.order) : -1) ||
      b.pointIds.length - a.pointIds.length ||
      a.key.localeCompare(b.key),
  );
}
