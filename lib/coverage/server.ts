import 'server-only';
import { getCatalogue } from '../catalogue/catalogue';
import { getSnapshot } from '../data/server';
import type { Locale } from '../model/schema';
import { computeCoverage, type Coverage } from './coverage';
import { coverageView, type CoverageView } from './view';

let cached: { key: object; coverage: Coverage; views: Map<Locale, CoverageView> } | undefined;

/** The coverage statement of the current snapshot and catalogue in one language, computed once per process. */
export function getCoverageView(lang: Locale): CoverageView {
  const loaded = getSnapshot();
  const { catalogue } = getCatalogue();
  if (cached?.key !== loaded) cached = { key: loaded, coverage: computeCoverage(loaded.snapshot, catalogue), views: new Map() };
  let view = cached.views.get(lang);
  if (!view) {
    view = coverageView(cached.coverage, catalogue, loaded.snapshot.sources, lang);
    cached.views.set(lang, view);
  }
  return view;
}
