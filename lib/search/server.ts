import 'server-only';
import { getSnapshot } from '../data/server';
import { getCatalogue } from '../catalogue/catalogue';
import { searchIndexFor } from './corpus';
import { processSlot } from '../data/process-slot';
import type { SearchIndex } from './engine';

/** Once per process, not per bundle (see processSlot). */
const slot = processSlot<{ version: string; index: SearchIndex }>('search-index');

/** The search index of the snapshot the server has loaded, built on first use. */
export function getSearchIndex(): SearchIndex {
  const { snapshot } = getSnapshot();
  if (slot.value?.version !== snapshot.version) slot.value = { version: snapshot.version, index: searchIndexFor(snapshot, getCatalogue()) };
  return slot.value.index;
}
