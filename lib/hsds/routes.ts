import 'server-only';
import { CACHE_FIVE_MINUTES, invalidParameters, jsonResponse, notFound } from '@/lib/api/http';
import { getHsdsRecord, listHsds, parseHsdsLang, type HsdsList, type HsdsRecordKind } from './api';
import { getHsdsIndex } from './server';

/** GET handler of a paginated HSDS listing. */
export function hsdsListHandler(list: HsdsList): (request: Request) => Response {
  return (request) => {
    const params = new URL(request.url).searchParams;
    const lang = parseHsdsLang(params);
    if (lang === undefined) return invalidParameters([{ param: 'lang', message: 'must be one of: en, fr' }]);
    const outcome = listHsds(getHsdsIndex(lang), list, params);
    if (!outcome.ok) return invalidParameters(outcome.problems.map((p) => ({ param: p.param, message: p.message })));
    if (outcome.format === 'ndjson') {
      const body = outcome.page.contents
        .map((c) => JSON.stringify(c).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`))
        .join('\n');
      return new Response(body + '\n', { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', ...CACHE_FIVE_MINUTES } });
    }
    return jsonResponse(outcome.page, { headers: CACHE_FIVE_MINUTES });
  };
}

/** GET handler of one fully nested HSDS record. */
export function hsdsRecordHandler(
  kind: HsdsRecordKind,
): (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response> {
  return async (request, { params }) => {
    const { id } = await params;
    const search = new URL(request.url).searchParams;
    const lang = parseHsdsLang(search);
    if (lang === undefined) return invalidParameters([{ param: 'lang', message: 'must be one of: en, fr' }]);
    const record = id.length <= 120 ? getHsdsRecord(getHsdsIndex(lang), kind, id, search) : undefined;
    if (record === undefined) return notFound(`No record has this id: see /api/hsds/${kind}.`, 'id');
    return jsonResponse(record, { headers: CACHE_FIVE_MINUTES });
  };
}
