import { getCatalogue, getLifeEvent } from '@/lib/catalogue';
import { errorResponse, isCatalogueId, jsonResponse, parseLang } from '@/lib/catalogue/request';

/** One life event in one language, with its services grouped by government. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const lang = parseLang(new URL(request.url));
  if (!lang.ok) return lang.response;
  const lifeEvent = isCatalogueId(id) ? getLifeEvent(id, lang.value) : undefined;
  if (lifeEvent === undefined) return errorResponse(404, `unknown life event "${id}"`);
  return jsonResponse({ version: getCatalogue().catalogue.version, lang: lang.value, lifeEvent });
}
