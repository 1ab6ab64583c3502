import { getCatalogue, listServices } from '@/lib/catalogue';
import { CACHE_FIVE_MINUTES, jsonResponse, notFound } from '@/lib/api/http';
import { isCatalogueId, parseLang, parseOrder } from '@/lib/api/params';
import { cached } from '@/lib/api/cache';
import { dataVersions } from '@/lib/api/versions';
import type { ServicesResponse } from '@/lib/api/views';

/** Catalogue services in one language: ?lang=en|fr, ?lifeEvent=<id>, ?order=federal|provincial|municipal|… */
function get(request: Request): Response {
  const url = new URL(request.url);
  const lang = parseLang(url);
  if (!lang.ok) return lang.response;
  const order = parseOrder(url);
  if (!order.ok) return order.response;
  const lifeEvent = url.searchParams.get('lifeEvent') ?? undefined;
  if (lifeEvent !== undefined && (!isCatalogueId(lifeEvent) || !getCatalogue().lifeEventById.has(lifeEvent))) {
    return notFound('No life event has this id: see /api/v1/life-events.', 'lifeEvent');
  }
  const services = listServices({
    lang: lang.value,
    ...(lifeEvent === undefined ? {} : { lifeEvent }),
    ...(order.value === undefined ? {} : { order: order.value }),
  });
  const body: ServicesResponse = { version: getCatalogue().catalogue.version, lang: lang.value, count: services.length, services };
  return jsonResponse(body, { headers: CACHE_FIVE_MINUTES });
}

/** Shared-cacheable (lib/api/cache.ts): ETag from the release, snapshot and catalogue versions; 304 on If-None-Match; compressed. */
export const GET = cached({ freshness: 'stable', versions: dataVersions }, get);
