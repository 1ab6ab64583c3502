import 'server-only';
import { getCatalogue } from '@/lib/catalogue';
import { getSnapshot } from '@/lib/data/server';
import { buildHsdsExport, type Lang } from './export';
import { indexExport, type HsdsIndex } from './nested';

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
