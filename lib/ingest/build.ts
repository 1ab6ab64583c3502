import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Snapshot, type Reject, type SourceReport } from '../model/schema';
import { snapshotDigest } from '../data/snapshot';
import { provincesGeoJson } from '../geo/provinces';
import type { Adapter, SourceGuard } from './contract';
import { formatReject } from './errors';
import { runPipeline, type PipelineResult } from './pipeline';
import { provinceShapesFor } from './sources/geo-common';

export const CURRENT_POINTER = 'current.json';

export interface CurrentPointer {
  snapshot: string;
  version: string;
  builtAt: string;
  /** SHA-256 of the snapshot file, recorded once it passed validation (lib/data/snapshot.ts then skips re-validating it) */
  sha256: string;
  /** set by --rollback: the snapshot this one replaced */
  rolledBackFrom?: string;
}

export interface BuildOptions {
  sourcesDir: string;
  buildDir: string;
  adapters: Adapter[];
  now?: Date;
  /** snapshots kept besides the current one */
  keep?: number;
  /** source ids whose loss a maintainer accepts knowingly (--accept-drop) */
  acceptDrop?: string[];
}

/** Unless a source declares otherwise: at most 10 % of its rows rejected, and at most 10 % fewer rows than last time. */
export const DEFAULT_GUARD: Required<SourceGuard> = { maxRejectedShare: 0.1, maxDrop: 0.1 };

export type BuildOutcome =
  { ok: true; result: PipelineResult; snapshotFile: string } | { ok: false; result?: PipelineResult; problems: string[] };

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
    result = runPipeline({
      sourcesDir: options.sourcesDir,
      adapters: options.adapters,
      today: todayIn('America/Toronto', now),
      builtAt: now.toISOString(),
    });
  } catch (error) {
    return { ok: false, problems: [`pipeline crashed: ${(error as Error).stack ?? String(error)}`] };
  }
  if (result.failures.length > 0) return { ok: false, result, problems: result.failures.map((f) => `${f.file}: ${f.problem}`) };
  if (result.accountingProblems.length > 0) {
    return { ok: false, result, problems: result.accountingProblems.map((p) => `rows not accounted for: ${p}`) };
  }

  const loaded = new Set(result.snapshot.sources.map((source) => source.sourceId));
  const unknown = (options.acceptDrop ?? []).filter((id) => !loaded.has(id));
  if (unknown.length > 0) return { ok: false, result, problems: unknown.map((id) => `--accept-drop ${id}: no source has this id`) };
  const previous = readCurrentSnapshotSources(options.buildDir);
  const losses = guardProblems(
    result.snapshot.sources,
    previous,
    result.guards,
    result.snapshot.rejects,
    new Set(options.acceptDrop ?? []),
  );
  if (losses.length > 0) return { ok: false, result, problems: losses };

  const validation = Snapshot.safeParse(result.snapshot);
  if (!validation.success) {
    const problems = validation.error.issues.slice(0, 20).map((issue) => `snapshot invalid at ${issue.path.join('.')}: ${issue.message}`);
    return { ok: false, result, problems };
  }

  mkdirSync(options.buildDir, { recursive: true });
  const snapshotFile = `snapshot-${validation.data.version}.json`;
  const snapshotJson = JSON.stringify(validation.data);
  writeAtomically(join(options.buildDir, snapshotFile), snapshotJson);
  writeAtomically(join(options.buildDir, 'rejects.json'), JSON.stringify(validation.data.rejects, null, 1));
  writeAtomically(join(options.buildDir, 'warnings.json'), JSON.stringify(validation.data.warnings ?? [], null, 1));
  writeAtomically(join(options.buildDir, 'provinces.geojson'), JSON.stringify(provincesGeoJson(provinceShapesFor(options.sourcesDir))));
  const pointer: CurrentPointer = {
    snapshot: snapshotFile,
    version: validation.data.version,
    builtAt: validation.data.builtAt,
    sha256: snapshotDigest(Buffer.from(snapshotJson, 'utf8')),
  };
  writeAtomically(join(options.buildDir, CURRENT_POINTER), JSON.stringify(pointer, null, 2));
  pruneOldSnapshots(options.buildDir, snapshotFile, options.keep ?? 2);
  return { ok: true, result: { ...result, snapshot: validation.data }, snapshotFile };
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10} %`;
}

/**
 * Sources that lost more than their guard allows: too many rows rejected, or fewer rows kept than in the previous
 * snapshot. Each problem names the source, the counts and the first reasons, and how to accept a real change.
 */
export function guardProblems(
  sources: SourceReport[],
  previous: SourceReport[] | undefined,
  guards: Record<string, SourceGuard>,
  rejects: Reject[],
  acceptDrop: Set<string>,
): string[] {
  const problems: string[] = [];
  const previousById = new Map((previous ?? []).map((source) => [source.sourceId, source]));
  for (const source of sources) {
    if (acceptDrop.has(source.sourceId)) continue;
    const guard = { ...DEFAULT_GUARD, ...guards[source.sourceId] };
    const { read, imported, merged, rejected } = source.counts;
    const findings: string[] = [];
    const rejectedShare = read === 0 ? 0 : rejected / read;
    if (rejectedShare > guard.maxRejectedShare) {
      findings.push(`${rejected} of ${read} rows rejected (${percent(rejectedShare)}, limit ${percent(guard.maxRejectedShare)})`);
    }
    const before = previousById.get(source.sourceId);
    if (before !== undefined) {
      const keptBefore = before.counts.imported + before.counts.merged;
      const kept = imported + merged;
      const drop = keptBefore === 0 ? 0 : (keptBefore - kept) / keptBefore;
      if (drop > guard.maxDrop)
        findings.push(
          `${kept} rows kept against ${keptBefore} in the current snapshot (−${percent(drop)}, limit ${percent(guard.maxDrop)})`,
        );
    }
    if (findings.length === 0) continue;
    const reasons = [...new Set(rejects.filter((r) => r.sourceId === source.sourceId).map(formatReject))].slice(0, 3);
    problems.push(
      `${source.sourceId}: ${findings.join('; ')}` +
        (reasons.length > 0 ? `; first reasons: ${reasons.join(' | ')}` : '') +
        ` — if this change is real, rerun with --accept-drop ${source.sourceId}`,
    );
  }
  return problems;
}

function readPointer(buildDir: string): CurrentPointer | undefined {
  try {
    return JSON.parse(readFileSync(join(buildDir, CURRENT_POINTER), 'utf8')) as CurrentPointer;
  } catch {
    return undefined;
  }
}

/** Source reports of the snapshot in service now, to compare a new build against; undefined on a first build. */
function readCurrentSnapshotSources(buildDir: string): SourceReport[] | undefined {
  const pointer = readPointer(buildDir);
  if (pointer === undefined) return undefined;
  try {
    return (JSON.parse(readFileSync(join(buildDir, pointer.snapshot), 'utf8')) as { sources: SourceReport[] }).sources;
  } catch {
    return undefined;
  }
}

export type RollbackOutcome = { ok: true; from: string; to: string } | { ok: false; problem: string };

/** Points current.json back at the newest kept snapshot older than the current one (`npm run ingest -- --rollback`). */
export function rollbackSnapshot(buildDir: string): RollbackOutcome {
  const pointer = readPointer(buildDir);
  if (pointer === undefined) return { ok: false, problem: `no ${CURRENT_POINTER} in ${buildDir}: nothing to roll back` };
  const older = existsSync(buildDir)
    ? readdirSync(buildDir)
        .filter((f) => /^snapshot-.*\.json$/.test(f) && f < pointer.snapshot)
        .sort()
    : [];
  const target = older.at(-1);
  if (target === undefined) return { ok: false, problem: `no snapshot older than ${pointer.snapshot} is kept in ${buildDir}` };
  const bytes = readFileSync(join(buildDir, target));
  const parsed = Snapshot.safeParse(JSON.parse(bytes.toString('utf8')));
  if (!parsed.success) return { ok: false, problem: `${target} is not a valid snapshot: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  writeAtomically(join(buildDir, 'rejects.json'), JSON.stringify(parsed.data.rejects, null, 1));
  writeAtomically(join(buildDir, 'warnings.json'), JSON.stringify(parsed.data.warnings ?? [], null, 1));
  const next: CurrentPointer = {
    snapshot: target,
    version: parsed.data.version,
    builtAt: parsed.data.builtAt,
    sha256: snapshotDigest(bytes),
    rolledBackFrom: pointer.snapshot,
  };
  writeAtomically(join(buildDir, CURRENT_POINTER), JSON.stringify(next, null, 2));
  return { ok: true, from: pointer.snapshot, to: target };
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

/**
 * The current snapshot is stale when missing, unreadable, or when any file among `inputs` (sources, ingest code) is
 * newer than the pointer: a rollback rewrites the pointer, so the snapshot it restores is not rebuilt at once.
 */
export function isSnapshotStale(buildDir: string, inputs: string[]): boolean {
  const pointerPath = join(buildDir, CURRENT_POINTER);
  if (!existsSync(pointerPath)) return true;
  try {
    const pointer = JSON.parse(readFileSync(pointerPath, 'utf8')) as CurrentPointer;
    if (!existsSync(join(buildDir, pointer.snapshot))) return true;
    const pointedAtMs = statSync(pointerPath).mtimeMs;
    return inputs.some((input) => newestMtimeMs(input) > pointedAtMs);
  } catch {
    return true;
  }
}
