import { deliveryPointsFor, getCatalogue, getService } from '@/lib/catalogue';
import { CACHE_FIVE_MINUTES, jsonResponse, notFound } from '@/lib/api/http';
import { isCatalogueId, parseLang } from '@/lib/api/params';
import { getSnapshot } from '@/lib/data/server';
import { cached } from '@/lib/api/cache';
import { dataVersions } from '@/lib/api/versions';
import type { ServiceResponse } from '@/lib/api/views';

/** One catalogue service in one language, with the ids of the service points that deliver it in person. */
async function get(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const lang = parseLang(new URL(request.url));
  if (!lang.ok) return lang.response;
  const service = isCatalogueId(id) ? getService(id, lang.value) : undefined;
  const entry = getCatalogue().serviceById.get(id);
  if (service === undefined || entry === undefined) return notFound('No service has this id: see /api/v1/services.', 'id');
  const { snapshot } = getSnapshot();
  const delivery = deliveryPointsFor(entry, snapshot);
  const body: ServiceResponse = {
    version: getCatalogue().catalogue.version,
    snapshot: snapshot.version,
    lang: lang.value,
    service,
    deliveryPoints: {
      count: delivery.servicePointIds.length,
      servicePointIds: delivery.servicePointIds,
      serviceAtLocationIds: delivery.serviceAtLocationIds,
    },
  };
  return jsonResponse(body, { headers: CACHE_FIVE_MINUTES });
}

/** Shared-cacheable (lib/api/cache.ts): ETag from the release, snapshot and catalogue versions; 304 on If-None-Match; compressed. */
export const GET = cached({ freshness: 'stable', versions: dataVersions }, get);
