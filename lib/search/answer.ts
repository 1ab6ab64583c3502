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
  /** how many of the nearest points, whatever the page, go on the results map; none when absent */
  mapPoints?: number;
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
      /** the nearest `mapPoints` points, slim, nearest first */
      mapPoints: MapPointView[];
    };

/**
 * The one way a request becomes an answer, for the results page, `/api/v1/search` and a service page: its query string
 * read and checked (params.ts), one run of the engine for the page and the map, and only the page's points presented.
 */
export function answerSearch(data: SearchData, query: URLSearchParams, options: SearchRequestOptions): SearchAnswer {
  const parsed = parseSearchParams(query, options.lang, options.now, data.knownLifeEvents);
  if (!parsed.ok) return parsed;
  const params: SearchParams = {
    ...parsed.params,
    ...(options.serviceId ? { serviceId: options.serviceId } : {}),
    ...(options.mapPoints ? { overviewLimit: options.mapPoints } : {}),
  };
  const outcome = search(data.index, params);
  const view = presentOutcome(
    outcome,
    data.loaded,
    data.services,
    params.lang,
    params.at,
    options.platform ? { platform: options.platform } : {},
  );
  return { ok: true, params, matches: outcome.matches, view, mapPoints: presentMapPoints(outcome.overview, params.lang) };
}
