import { getCatalogue, listLifeEvents } from '@/lib/catalogue';
import { CACHE_FIVE_MINUTES, jsonResponse } from '@/lib/api/http';
import { parseLang } from '@/lib/api/params';

/** Life events in one language (?lang=en|fr), each with its number of services. */
export function GET(request: Request): Response {
  const lang = parseLang(new URL(request.url));
  if (!lang.ok) return lang.response;
  const lifeEvents = listLifeEvents(lang.value);
  return jsonResponse({ version: getCatalogue().catalogue.version, lang: lang.value, count: lifeEvents.length, lifeEvents }, { headers: CACHE_FIVE_MINUTES });
}
