import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Snapshot } from '../model/schema';
import { provincesGeoJson } from '../geo/provinces';
import type { Adapter } from './contract';
import { runPipeline, type PipelineResult } from './pipeline';
import { provinceShapesFor } from './sources/geo-common';

export const CURRENT_POINTER = 'current.json';

export interface CurrentPointer {
  snapshot: string;
  version: string;
  builtAt: string;
}

export interface BuildOptions {
  sourcesDir: string;
  buildDir: string;
  adapters: Adapter[];
  now?: Date;
  /** snapshots kept besides the current one */
  keep?: number;
}

export type BuildOutcome =
  | { ok: true; result: PipelineResult; snapshotFile: string }
  | { ok: false; result?: PipelineResult; problems: string[] };

/** Writes `content` to a temp file in the same directory, then renames it over `path` (atomic on one filesystem). */
function writeAtomically(path: string, content: string): void {
  const temp = `${path}.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(temp, content);
  renameSync(temp, path);
}

/** Local calendar date in Eastern time: dated visits before it are dropped. */
function todayIn(zone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * Runs the pipeline and swaps in a new snapshot only when every source loaded and the result validates.
 * On any failure the previous snapshot and pointer stay untouched.
 */
export function buildSnapshot(options: BuildOptions): BuildOutcome {
  const now = options.now ?? new Date();
  let result: PipelineResult;
  try {
    result = runPipeline({ sourcesDir: options.sourcesDir, adapters: options.adapters, today: todayIn('America/Toronto', now), builtAt: now.toISOString() });
  } catch (error) {
    return { ok: false, problems: [`pipeline crashed: ${(error as Error).stack ?? String(error)}`] };
  }
  if (result.failures.length > 0) return { ok: false, result, problems: result.failures.map((f) => `${f.file}: ${f.problem}`) };
  if (result.accountingProblems.length > 0) {
    return { ok: false, result, problems: result.accountingProblems.map((p) => `rows not accounted for: ${p}`) };
  }

  const validation = Snapshot.safeParse(result.snapshot);
  if (!validation.success) {
    const problems = validation.error.issues.slice(0, 20).map((issue) => `snapshot invalid at ${issue.path.join('.')}: ${issue.message}`);
    return { ok: false, result, problems };
  }

  mkdirSync(options.buildDir, { recursive: true });
  const snapshotFile = `snapshot-${validation.data.version}.json`;
  writeAtomically(join(options.buildDir, snapshotFile), JSON.stringify(validation.data));
  writeAtomically(join(options.buildDir, 'rejects.json'), JSON.stringify(validation.data.rejects, null, 1));
  writeAtomically(join(options.buildDir, 'warnings.json'), JSON.stringify(validation.data.warnings ?? [], null, 1));
  writeAtomically(join(options.buildDir, 'provinces.geojson'), JSON.stringify(provincesGeoJson(provinceShapesFor(options.sourcesDir))));
  const pointer: CurrentPointer = { snapshot: snapshotFile, version: validation.data.version, builtAt: validation.data.builtAt };
  writeAtomically(join(options.buildDir, CURRENT_POINTER), JSON.stringify(pointer, null, 2));
  pruneOldSnapshots(options.buildDir, snapshotFile, options.keep ?? 2);
  return { ok: true, result: { ...result, snapshot: validation.data }, snapshotFile };
}

function pruneOldSnapshots(buildDir: string, current: string, keep: number): void {
  const old = readdirSync(buildDir)
    .filter((f) => /^snapshot-.*\.json$/.test(f) && f !== current)
    .sort()
    .reverse();
  for (const file of old.slice(keep)) rmSync(join(buildDir, file), { force: true });
}

function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtimeMs(join(path, entry)));
  }
  return newest;
}

/** The current snapshot is stale when missing, unreadable, or older than any file among `inputs` (sources, ingest code). */
export function isSnapshotStale(buildDir: string, inputs: string[]): boolean {
  const pointerPath = join(buildDir, CURRENT_POINTER);
  if (!existsSync(pointerPath)) return true;
  try {
    const pointer = JSON.parse(readFileSync(pointerPath, 'utf8')) as CurrentPointer;
    const snapshotPath = join(buildDir, pointer.snapshot);
    if (!existsSync(snapshotPath)) return true;
    const builtMs = statSync(snapshotPath).mtimeMs;
    return inputs.some((input) => newestMtimeMs(input) > builtMs);
  } catch {
    return true;
  }
}
