import { getSnapshot } from '@/lib/data/server';
import { pointHoursAt } from '@/lib/hours';
import { pointPath } from '@/lib/search/present';
import { invalidParameters, jsonResponse, notFound } from '@/lib/api/http';
import { AT_MESSAGE, parseInstant } from '@/lib/search/params';
import { cached } from '@/lib/api/cache';
import { byAtParameter, dataVersions } from '@/lib/api/versions';
import type { LocationResponse } from '@/lib/api/views';

/**
 * GET /api/v1/locations/{id} — one service point with the services delivered there (provider and host),
 * its schedule, and its open status at `at` (ISO instant, default now), evaluated in the point's own time zone.
 */
async function get(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const atRaw = new URL(request.url).searchParams.get('at');
  const parsedAt = atRaw === null ? new Date() : parseInstant(atRaw);
  if (!parsedAt) return invalidParameters([{ param: 'at', message: AT_MESSAGE }]);
  const at = parsedAt;
  const loaded = getSnapshot();
  const point = /^[a-z0-9-]{1,120}$/.test(id) ? (loaded.pointById.get(id) ?? loaded.pointBySlug.get(id)) : undefined;
  if (!point) return notFound('No service point has this id or slug.', 'id');
  const hours = pointHoursAt(point, at);
  const services = (loaded.servicesAtLocationByLocation.get(point.id) ?? []).map((record) => ({
    ...record,
    service: loaded.serviceById.get(record.serviceId)?.name ?? null,
    provider: loaded.organizationById.get(record.providerOrganizationId) ?? null,
    host: loaded.organizationById.get(record.hostOrganizationId) ?? null,
  }));
  const body: LocationResponse = {
    at: at.toISOString(),
    location: point,
    host: loaded.organizationById.get(point.hostOrganizationId) ?? null,
    services,
    status: hours.status,
    nextOpening: hours.nextOpening ?? null,
    nextOutreachVisit: hours.nextVisit ?? null,
    week: hours.week,
    links: { en: pointPath(point, 'en'), fr: pointPath(point, 'fr') },
  };
  return jsonResponse(body, { headers: { 'Cache-Control': 'no-store' } });
}

/** Shared-cacheable (lib/api/cache.ts): ETag from the release, snapshot and catalogue versions; 304 on If-None-Match; compressed. */
export const GET = cached({ freshness: byAtParameter, versions: dataVersions }, get);
