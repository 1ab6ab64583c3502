import 'server-only';
import { getCatalogue } from '../catalogue/catalogue';
import { catalogueDelivery, getSnapshot } from '../data/server';
import { processSlot } from '../data/process-slot';
import type { Locale } from '../model/schema';
import { computeCoverage, type Coverage } from './coverage';
import { coverageView, type CoverageView } from './view';

/** Once per process, not per bundle (the coverage page and the coverage API are separate bundles; see processSlot). */
const slot = processSlot<{ key: object; coverage: Coverage; views: Map<Locale, CoverageView> }>('coverage');

/** The coverage statement of the current snapshot and catalogue in one language, computed once per process. */
export function getCoverageView(lang: Locale): CoverageView {
  const loaded = getSnapshot();
  const { catalogue } = getCatalogue();
  if (slot.value?.key !== loaded) {
    slot.value = { key: loaded, coverage: computeCoverage(loaded.snapshot, catalogue, catalogueDelivery()), views: new Map() };
  }
  let view = slot.value.views.get(lang);
  if (!view) {
    view = slot.value.views.set(lang, coverageView(slot.value.coverage, catalogue, loaded.snapshot.sources, lang)).get(lang)!;
  }
  return view;
}
