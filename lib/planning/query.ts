import { GovernmentOrder, ProvinceCode } from '../model/schema';
import { DEFAULT_GAP_KM, MAX_WITHIN_KM, MIN_WITHIN_KM, type PlanningModel } from './compute';
import { GOVERNMENT_ORDERS, type GovernmentOrderKey } from './layers';

/**
 * Parameters shared by the planning pages and GET /api/v1/planning/*: organization, order, province, within (km).
 * Problems name the parameter and never echo its value.
 */

export interface PlanningParams {
  organization?: string;
  order?: GovernmentOrder;
  province?: ProvinceCode;
  within?: number;
}

export type ParamResult<T> = { ok: true; value: T } | { ok: false; problems: Array<{ param: string; message: string }> };

export function parsePlanningParams(params: URLSearchParams, model: PlanningModel): ParamResult<PlanningParams> {
  const problems: Array<{ param: string; message: string }> = [];
  const value: PlanningParams = {};
  const organization = params.get('organization');
  if (organization !== null) {
    if (model.layerByKey.has(`organization:${organization}`)) value.organization = organization;
    else
      problems.push({
        param: 'organization',
        message: 'not an organization with in-person points in the data (see /api/v1/planning/access for the list)',
      });
  }
  const order = params.get('order');
  if (order !== null) {
    const parsed = GovernmentOrder.safeParse(order);
    if (parsed.success) value.order = parsed.data;
    else problems.push({ param: 'order', message: `must be one of: ${GovernmentOrder.options.join(', ')}` });
  }
  const province = params.get('province');
  if (province !== null) {
    const parsed = ProvinceCode.safeParse(province.toUpperCase());
    if (parsed.success) value.province = parsed.data;
    else problems.push({ param: 'province', message: `must be one of: ${ProvinceCode.options.join(', ')}` });
  }
  const within = params.get('within');
  if (within !== null) {
    const km = /^\d{1,4}(\.\d{1,3})?$/.test(within.trim()) ? Number(within) : NaN;
    if (Number.isFinite(km) && km >= MIN_WITHIN_KM && km <= MAX_WITHIN_KM) value.within = km;
    else problems.push({ param: 'within', message: `must be a distance in km from ${MIN_WITHIN_KM} to ${MAX_WITHIN_KM}` });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/** The layer the parameters select: an organization, else an order, else `fallback`. */
export function layerFor(params: PlanningParams, fallback: string): string {
  if (params.organization) return `organization:${params.organization}`;
  if (params.order) return `order:${params.order}`;
  return fallback;
}

export const withinOrDefault = (params: PlanningParams): number => params.within ?? DEFAULT_GAP_KM;

export function governmentOrder(order: GovernmentOrder | undefined): GovernmentOrderKey | undefined {
  return order && (GOVERNMENT_ORDERS as readonly string[]).includes(order) ? (order as GovernmentOrderKey) : undefined;
}
