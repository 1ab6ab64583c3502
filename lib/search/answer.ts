import type { Locale } from '../model/schema';
import type { LoadedSnapshot } from '../data/snapshot';
import type { CatalogueService } from '../model/catalogue';
import { search } from './engine';
import type { NeedMatch } from './need';
import type { SearchParams } from './outcome';
import { parseSearchParams, type ParamProblem } from './params';
import { presentMapPoints, presentOutcome, type MapPointView, type PresentOptions, type SearchView } from './present';
import type { SearchIndex } from './search-index';

/** What a search runs over: the index, the loaded snapshot and the catalogue (lib/search/server.ts gives the server's). */
export interface SearchData {
  index: SearchIndex;
  loaded: LoadedSnapshot;
  services: Map<string, CatalogueService>;
  knownLifeEvents: ReadonlySet<string>;
}

export interface SearchRequestOptions {
  /** the language when the request names none (`lang`): the page's, or English for the API */
  lang: Locale;
  now: Date;
  /** one catalogue service, chosen already: a service page's "nearest places" */
  serviceId?: string;
  /** the device's platform, for its default map app in directions */
  platform?: PresentOptions['platform'];
}

export type SearchAnswer =
  | { ok: false; problems: ParamProblem[] }
  | {
      ok: true;
      params: SearchParams;
      /** what the need matched, for the API to show how it was read */
      matches: NeedMatch[];
      /** the presented answer: services, the page of points, the notice and the place */
      view: SearchView;
    };

/** What a map answer needs: the language and time of the search, and how many of its nearest points. */
export type SearchMapOptions = Pick<SearchRequestOptions, 'lang' | 'now'> & { points: number };

export type SearchMapAnswer =
  | { ok: false; problems: ParamProblem[] }
  | {
      ok: true;
      /** how many points the whole list holds */
      total: number;
      /** its nearest `points`, slim, nearest first */
      points: MapPointView[];
    };

/**
 * The one way a request becomes an answer, for the results page, `/api/v1/search` and a service page: its query string
 * read and checked (params.ts), one run of the engine, and only the page's points presented.
 */
export function answerSearch(data: SearchData, query: URLSearchParams, options: SearchRequestOptions): SearchAnswer {
  const parsed = parseSearchParams(query, options.lang, options.now, data.knownLifeEvents);
  if (!parsed.ok) return parsed;
  const params: SearchParams = { ...parsed.params, ...(options.serviceId ? { serviceId: options.serviceId } : {}) };
  const outcome = search(data.index, params);
  const view = presentOutcome(
    outcome,
    data.loaded,
    data.services,
    params.lang,
    params.at,
    options.platform ? { platform: options.platform } : {},
  );
  return { ok: true, params, matches: outcome.matches, view };
}

/**
 * The points of a search's map (`/api/v1/search/map`): the same reading of the query and the same run of the engine as
 * answerSearch, asked for the nearest `points` of the whole list whatever the page, and nothing of the page presented
 * (no open status, hours or services): the map shows none of it.
 */
export function answerSearchMap(data: SearchData, query: URLSearchParams, options: SearchMapOptions): SearchMapAnswer {
  const parsed = parseSearchParams(query, options.lang, options.now, data.knownLifeEvents);
  if (!parsed.ok) return parsed;
  const outcome = search(data.index, { ...parsed.params, overviewLimit: options.points });
  return { ok: true, total: outcome.total, points: presentMapPoints(outcome.overview, parsed.params.lang) };
}
