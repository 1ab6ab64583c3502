import { searchRequest } from '@/lib/search/server';
import type { SearchNotice } from '@/lib/search/outcome';
import { invalidParameters, jsonResponse } from '@/lib/api/http';
import { cached } from '@/lib/api/cache';
import { byAtParameter, dataVersions } from '@/lib/api/versions';

const NOTICE_TEXT: Record<SearchNotice, string> = {
  'needs-query': 'Give a need (q), a life event (event) or a location type (type).',
  'no-match': 'No service or service point matches this need. Try other words or an abbreviation (EI, SIN, CPP).',
  'needs-place':
    'Give a place (near: postal code, FSA, town, or lat/lon) to list the nearest service points. The matched services and their online and phone channels are listed.',
  'place-unknown': 'This place is not known. Check the postal code or the spelling of the town.',
  'place-ambiguous': 'Several places have this name: choose one of place.choices (for example "Richmond, BC").',
  'place-invalid': 'This place cannot be used: see place.reason (coordinates must be inside Canada).',
  'no-results-nearby': 'No service point matches these filters. The online and phone channels of the matched services still apply.',
  'not-offered-here': 'The matching services are offered only in other provinces or cities than this place.',
  'online-only': 'These services have no counter: use their online and phone channels.',
  'past-end': 'Service points match (see total), but offset is past the last of them: ask from offset 0.',
};

/** Said whenever officeGaps is set: no notice explains that Guichet lists none of that government's offices. */
const OFFICE_GAP_TEXT =
  'Guichet does not yet list the offices of this province or territory for the programs in officeGaps.services: they are served in person at offices found with officeGaps.finder (the official office finder). See /api/v1/coverage for what Guichet covers.';

/**
 * GET /api/v1/search — need + place → matched services with their channels and the nearest points delivering them.
 * Documented in /api/v1/openapi.json. Bad parameters get a 400 listing each problem; input is never echoed.
 */
function get(request: Request): Response {
  const answer = searchRequest(new URL(request.url).searchParams, { lang: 'en' });
  if (!answer.ok) return invalidParameters(answer.problems);
  const { params, view: body } = answer;
  return jsonResponse(
    {
      query: {
        q: params.q,
        near: params.near ?? null,
        lat: params.lat ?? null,
        lon: params.lon ?? null,
        lang: params.lang,
        filters: {
          event: params.lifeEvent ?? null,
          order: params.order ?? null,
          type: params.type ?? null,
          open: params.openNow ?? false,
          language: params.serviceLanguage ?? null,
          within: params.withinKm ?? null,
        },
        at: params.at.toISOString(),
        limit: params.limit,
        offset: params.offset,
        matched: answer.matches,
      },
      ...body,
      message:
        [body.notice ? NOTICE_TEXT[body.notice] : null, body.officeGaps ? OFFICE_GAP_TEXT : null]
          .filter((text) => text !== null)
          .join(' ') || null,
    },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}

/** Shared-cacheable (lib/api/cache.ts): ETag from the release, snapshot and catalogue versions; 304 on If-None-Match; compressed. */
export const GET = cached({ freshness: byAtParameter, versions: dataVersions }, get);
