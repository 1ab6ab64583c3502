import 'server-only';
import { getSnapshot } from '../data/server';
import type { LoadedSnapshot } from '../data/snapshot';
import { processSlot } from '../data/process-slot';
import { computePlanning, type PlanningModel } from './compute';

/** Once per process, not per bundle (the planning pages and the planning API are separate bundles; see processSlot). */
const slot = processSlot<{ key: LoadedSnapshot; model: PlanningModel }>('planning');

/** The planning model of the current snapshot, computed once per snapshot (not per request). */
export function getPlanning(): PlanningModel {
  const loaded = getSnapshot();
  if (slot.value?.key !== loaded) slot.value = { key: loaded, model: computePlanning(loaded.snapshot) };
  return slot.value.model;
}
