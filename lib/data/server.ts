import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { loadSnapshot, type LoadedSnapshot } from './snapshot';

// Bundled server code cannot locate data/ from its own file URL, so the build directory is resolved from the
// working directory, where `next start` runs (or GUICHET_BUILD_DIR).
const buildDir = (): string => process.env.GUICHET_BUILD_DIR ?? join(process.cwd(), 'data', 'build');

let cached: LoadedSnapshot | undefined;
let outlines: FeatureCollection | undefined;

/** The current snapshot, loaded once per server process (pages and route handlers never read raw source files). */
export function getSnapshot(): LoadedSnapshot {
  cached ??= loadSnapshot(buildDir());
  return cached;
}

/** Simplified province and territory outlines written by the ingest, for the map when tiles cannot load. */
export function getProvinceOutlines(): FeatureCollection {
  outlines ??= JSON.parse(readFileSync(join(buildDir(), 'provinces.geojson'), 'utf8')) as FeatureCollection;
  return outlines;
}
