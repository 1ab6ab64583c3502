import { getCatalogue, listLifeEvents } from '@/lib/catalogue';
import { CACHE_FIVE_MINUTES, jsonResponse } from '@/lib/api/http';
import { parseLang } from '@/lib/api/params';
import { cached } from '@/lib/api/cache';
import type { LifeEventsResponse } from '@/lib/api/views';

/** Life events in one language (?lang=en|fr), each with its number of services. */
function get(request: Request): Response {
  const lang = parseLang(new URL(request.url));
  if (!lang.ok) return lang.response;
  const lifeEvents = listLifeEvents(lang.value);
  const body: LifeEventsResponse = { version: getCatalogue().catalogue.version, lang: lang.value, count: lifeEvents.length, lifeEvents };
  return jsonResponse(body, { headers: CACHE_FIVE_MINUTES });
}

/** Shared-cacheable (lib/api/cache.ts): ETag from the release and catalogue versions; 304 on If-None-Match; compressed. */
export const GET = cached({ freshness: 'stable', versions: () => [getCatalogue().catalogue.version] }, get);
