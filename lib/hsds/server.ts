import 'server-only';
import { getCatalogue } from '@/lib/catalogue';
import { getSnapshot } from '@/lib/data/server';
import { buildHsdsExport, type Lang } from './export';
import { indexExport, type HsdsIndex } from './nested';
import { buildDatapackage, selectRedistributable, type Datapackage } from './datapackage';
import { pointsGeoJson, type PointsGeoJson } from './geojson';

const cache = new Map<string, HsdsIndex>();

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

const packages = new Map<string, Datapackage>();
const geo = new Map<string, PointsGeoJson>();

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
