import { getCatalogue, listLifeEvents } from '@/lib/catalogue';
import { jsonResponse, parseLang } from '@/lib/catalogue/request';

/** Life events in one language (?lang=en|fr), each with its number of services. */
export function GET(request: Request): Response {
  const lang = parseLang(new URL(request.url));
  if (!lang.ok) return lang.response;
  const lifeEvents = listLifeEvents(lang.value);
  return jsonResponse({ version: getCatalogue().catalogue.version, lang: lang.value, count: lifeEvents.length, lifeEvents });
}
