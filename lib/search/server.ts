import 'server-only';
import { catalogueDelivery, getSnapshot } from '../data/server';
import { getCatalogue } from '../catalogue/catalogue';
import { searchIndexFor } from './corpus';
import { processSlot } from '../data/process-slot';
import type { SearchIndex } from './search-index';
import {
  answerSearch,
  answerSearchMap,
  type SearchAnswer,
  type SearchData,
  type SearchMapAnswer,
  type SearchMapOptions,
  type SearchRequestOptions,
} from './answer';

/** Once per process, not per bundle (see processSlot). */
const slot = processSlot<{ version: string; index: SearchIndex }>('search-index');

/** The search index of the snapshot the server has loaded, built on first use. */
export function getSearchIndex(): SearchIndex {
  const { snapshot } = getSnapshot();
  if (slot.value?.version !== snapshot.version)
    slot.value = { version: snapshot.version, index: searchIndexFor(snapshot, getCatalogue(), catalogueDelivery()) };
  return slot.value.index;
}

function serverSearchData(): SearchData {
  const catalogue = getCatalogue();
  return {
    index: getSearchIndex(),
    loaded: getSnapshot(),
    services: catalogue.serviceById,
    knownLifeEvents: new Set(catalogue.lifeEventById.keys()),
  };
}

/** A search request answered over the server's snapshot and catalogue, at the present time (lib/search/answer.ts). */
export function searchRequest(query: URLSearchParams, options: Omit<SearchRequestOptions, 'now'>): SearchAnswer {
  return answerSearch(serverSearchData(), query, { ...options, now: new Date() });
}

/** The map points of a search request, over the same data at the present time (lib/search/answer.ts). */
export function searchMapRequest(query: URLSearchParams, options: Omit<SearchMapOptions, 'now'>): SearchMapAnswer {
  return answerSearchMap(serverSearchData(), query, { ...options, now: new Date() });
}
