/**
 * Builds data/build/snapshot-<version>.json from data/sources and points data/build/current.json at it.
 *   npx tsx scripts/ingest.ts              always rebuild
 *   npx tsx scripts/ingest.ts --if-stale   rebuild only when sources or ingest code are newer than the snapshot
 *   --sources DIR / --build DIR            other input / output directories (default data/sources, data/build)
 *   --accept-drop SOURCE_ID                accept a source's loss of rows knowingly (repeatable)
 *   --rollback                             point current.json back at the previous kept snapshot, and stop
 * Exits non-zero (keeping the previous snapshot) when a source fails as a whole or loses more rows than its guard
 * allows (lib/ingest/build.ts).
 */
import { join } from 'node:path';
import { ADAPTERS } from '../lib/ingest/registry';
import { buildSnapshot, isSnapshotStale, rollbackSnapshot } from '../lib/ingest/build';
import type { SourceReport } from '../lib/model/schema';

const root = join(import.meta.dirname, '..');

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

const sourcesDir = option('--sources') ?? join(root, 'data', 'sources');
const buildDir = option('--build') ?? join(root, 'data', 'build');
const STALENESS_INPUTS = ['data/sources', 'lib/ingest', 'lib/geo', 'lib/hours', 'lib/model'].map((p) => join(root, p));

function table(sources: SourceReport[]): string {
  const header = ['source', 'read', 'imported', 'merged', 'rejected', 'exact', 'postal', 'locality', 'hrs:struct', 'hrs:text', 'hrs:none'];
  const rows = sources.map((s) =>
    [
      s.sourceId,
      s.counts.read,
      s.counts.imported,
      s.counts.merged,
      s.counts.rejected,
      s.counts.byPrecision.exact,
      s.counts.byPrecision['postal-code'],
      s.counts.byPrecision.locality,
      s.counts.hours.structured,
      s.counts.hours.textOnly,
      s.counts.hours.none,
    ].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function optionValues(name: string): string[] {
  return process.argv.flatMap((arg, index) => (arg === name && process.argv[index + 1] ? [process.argv[index + 1]!] : []));
}

function main(): number {
  if (process.argv.includes('--rollback')) {
    const outcome = rollbackSnapshot(buildDir);
    if (!outcome.ok) {
      console.error(`ingest: rollback FAILED — ${outcome.problem}`);
      return 1;
    }
    console.log(`ingest: rolled back from ${outcome.from} to ${outcome.to}`);
    return 0;
  }
  const acceptDrop = optionValues('--accept-drop');
  if (process.argv.includes('--if-stale') && !isSnapshotStale(buildDir, STALENESS_INPUTS)) {
    console.log('ingest: snapshot is up to date');
    return 0;
  }
  const outcome = buildSnapshot({ sourcesDir, buildDir, adapters: ADAPTERS, acceptDrop });
  if (outcome.result) console.log(table(outcome.result.snapshot.sources));
  if (!outcome.ok) {
    console.error('\ningest FAILED — previous snapshot left in place:');
    for (const problem of outcome.problems) console.error(`  ${problem}`);
    return 1;
  }
  const { snapshot } = outcome.result;
  console.log(
    `\nsnapshot ${outcome.snapshotFile}: ${snapshot.servicePoints.length} service points, ${snapshot.places.length} places, ` +
      `${snapshot.organizations.length} organizations, ${snapshot.servicesAtLocations.length} services at locations, ${snapshot.rejects.length} rejects (data/build/rejects.json)`,
  );
  return 0;
}

process.exitCode = main();
