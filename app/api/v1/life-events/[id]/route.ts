import { getCatalogue, getLifeEvent } from '@/lib/catalogue';
import { CACHE_FIVE_MINUTES, jsonResponse, notFound } from '@/lib/api/http';
import { isCatalogueId, parseLang } from '@/lib/api/params';
import { cached } from '@/lib/api/cache';
import type { LifeEventResponse } from '@/lib/api/views';

/** One life event in one language, with its services grouped by government. */
async function get(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const lang = parseLang(new URL(request.url));
  if (!lang.ok) return lang.response;
  const lifeEvent = isCatalogueId(id) ? getLifeEvent(id, lang.value) : undefined;
  if (lifeEvent === undefined) return notFound('No life event has this id: see /api/v1/life-events.', 'id');
  const body: LifeEventResponse = { version: getCatalogue().catalogue.version, lang: lang.value, lifeEvent };
  return jsonResponse(body, { headers: CACHE_FIVE_MINUTES });
}

/** Shared-cacheable (lib/api/cache.ts): ETag from the release and catalogue versions; 304 on If-None-Match; compressed. */
export const GET = cached({ freshness: 'stable', versions: () => [getCatalogue().catalogue.version] }, get);
