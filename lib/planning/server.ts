import 'server-only';
import { getSnapshot } from '../data/server';
import type { LoadedSnapshot } from '../data/snapshot';
import { computePlanning, type PlanningModel } from './compute';

let cached: { key: LoadedSnapshot; model: PlanningModel } | undefined;

/** The planning model of the current snapshot, computed once per snapshot (not per request). */
export function getPlanning(): PlanningModel {
  const loaded = getSnapshot();
  if (cached?.key !== loaded) cached = { key: loaded, model: computePlanning(loaded.snapshot) };
  return cached.model;
}
