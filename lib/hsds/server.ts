import 'server-only';
import { getCatalogue } from '@/lib/catalogue';
import { getSnapshot } from '@/lib/data/server';
import { buildHsdsExport, type Lang } from './export';
import { indexExport, type HsdsIndex } from './nested';
import { buildDatapackage, selectRedistributable, type Datapackage } from './datapackage';
import { pointsGeoJson, type PointsGeoJson } from './geojson';
import { processSlot } from '../data/process-slot';

/** Each /api/hsds route is its own bundle: the caches are kept once per process, not once per route (see processSlot). */
function processMap<V>(name: string): Map<string, V> {
  const slot = processSlot<Map<string, V>>(name);
  slot.value ??= new Map();
  return slot.value;
}

const cache = processMap<HsdsIndex>('hsds-index');

/** The HSDS export of the current snapshot in one language, built once per snapshot version and process. */
export function getHsdsIndex(lang: Lang): HsdsIndex {
  const { snapshot } = getSnapshot();
  const key = `${snapshot.version}:${lang}`;
  let index = cache.get(key);
  if (!index) {
    for (const k of cache.keys()) if (!k.startsWith(`${snapshot.version}:`)) cache.delete(k);
    index = indexExport(buildHsdsExport(snapshot, getCatalogue().catalogue, lang));
    cache.set(key, index);
  }
  return index;
}

const packages = processMap<Datapackage>('hsds-datapackage');
const geo = processMap<PointsGeoJson>('hsds-points-geojson');

/** The bulk HSDS datapackage of the current snapshot (English), built on first request and kept per snapshot version. */
export function getDatapackage(): Datapackage {
  const { snapshot } = getSnapshot();
  let pkg = packages.get(snapshot.version);
  if (!pkg) {
    packages.clear();
    pkg = buildDatapackage(getHsdsIndex('en').export, snapshot);
    packages.set(snapshot.version, pkg);
  }
  return pkg;
}

export function getPointsGeoJson(): PointsGeoJson {
  const { snapshot } = getSnapshot();
  let collection = geo.get(snapshot.version);
  if (!collection) {
    geo.clear();
    collection = pointsGeoJson(snapshot, selectRedistributable(getHsdsIndex('en').export, snapshot).excluded);
    geo.set(snapshot.version, collection);
  }
  return collection;
}
