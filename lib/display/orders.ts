import { GovernmentOrder, LocationType } from '../model/schema';
import { ORDERS, type SearchIndex } from '../search/search-index';

const cache = new WeakMap<object, GovernmentOrder[]>();

/**
 * The orders of government a filter can offer: those that provide services at some point of the snapshot. A filter
 * that can never return anything ("Territorial" when no territorial counter is listed) is not offered; the value in
 * use stays, so a shared link still shows what it asked for.
 */
export function offeredOrders(index: Pick<SearchIndex, 'providerOrders'>, current?: string): GovernmentOrder[] {
  let present = cache.get(index.providerOrders);
  if (!present) {
    let bits = 0;
    for (const value of index.providerOrders) bits |= value;
    present = ORDERS.filter((_, i) => (bits & (1 << i)) !== 0);
    cache.set(index.providerOrders, present);
  }
  return GovernmentOrder.options.filter((order) => present.includes(order) || order === current);
}

/** The kinds of place a filter can offer: those with at least one point (no "Indigenous community" with none listed). */
export function offeredTypes(index: Pick<SearchIndex, 'pointsByType'>, current?: string): LocationType[] {
  return LocationType.options.filter((type) => (index.pointsByType.get(type)?.length ?? 0) > 0 || type === current);
}
