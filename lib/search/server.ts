import 'server-only';
import { getSnapshot } from '../data/server';
import { getCatalogue } from '../catalogue/catalogue';
import { searchIndexFor } from './corpus';
import type { SearchIndex } from './engine';

let cached: { version: string; index: SearchIndex } | undefined;

/** The search index of the snapshot the server has loaded, built on first use. */
export function getSearchIndex(): SearchIndex {
  const { snapshot } = getSnapshot();
  if (cached?.version !== snapshot.version) cached = { version: snapshot.version, index: searchIndexFor(snapshot, getCatalogue()) };
  return cached.index;
}
