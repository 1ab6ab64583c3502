import 'server-only';
import { catalogueDelivery, getSnapshot } from '../data/server';
import { getCatalogue } from '../catalogue/catalogue';
import { searchIndexFor } from './corpus';
import { processSlot } from '../data/process-slot';
import type { SearchIndex } from './search-index';
import { answerSearch, type SearchAnswer, type SearchRequestOptions } from './answer';

/** Once per process, not per bundle (see processSlot). */
const slot = processSlot<{ version: string; index: SearchIndex }>('search-index');

/** The search index of the snapshot the server has loaded, built on first use. */
export function getSearchIndex(): SearchIndex {
  const { snapshot } = getSnapshot();
  if (slot.value?.version !== snapshot.version)
    slot.value = { version: snapshot.version, index: searchIndexFor(snapshot, getCatalogue(), catalogueDelivery()) };
  return slot.value.index;
}

/** A search request answered over the server's snapshot and catalogue, at the present time (lib/search/answer.ts). */
export function searchRequest(query: URLSearchParams, options: Omit<SearchRequestOptions, 'now'>): SearchAnswer {
  const catalogue = getCatalogue();
  const data = {
    index: getSearchIndex(),
    loaded: getSnapshot(),
    services: catalogue.serviceById,
    knownLifeEvents: new Set(catalogue.lifeEventById.keys()),
  };
  return answerSearch(data, query, { ...options, now: new Date() });
}
