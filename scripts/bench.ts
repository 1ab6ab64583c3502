/**
 * Search benchmark: `npx tsx scripts/bench.ts`. Not a test: it prints numbers next to their targets and never fails.
 *
 * (a) the real snapshot; (b) a synthetic snapshot of 100,000 service-at-location records cloned from the real ones
 * (new ids, a few km of seeded jitter, same services and features); (c) a baseline on both: one fuse.js index over every
 * service-at-location record (point name, service names, catalogue synonyms), then a distance sort.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import Fuse from 'fuse.js';
import type { Snapshot } from '../lib/model/schema';
import { loadSnapshot } from '../lib/data/snapshot';
import { getCatalogue, type CatalogueIndex } from '../lib/catalogue/catalogue';
import { deliveryPointsForAll } from '../lib/catalogue/delivery';
import { haversineKm } from '../lib/geo/distance';
import { searchIndexFor } from '../lib/search/corpus';
import { search } from '../lib/search/engine';
import type { SearchIndex } from '../lib/search/search-index';
import { nearest } from '../lib/search/top-k';
import { buildPlaceIndex, resolvePlace, type PlaceIndex } from '../lib/search/place';
import { BENCH_QUERIES, type BenchQuery } from './bench-queries';
import { synthesize } from '../lib/testing/synthetic-snapshot';

const SYNTHETIC_RECORDS = 100_000;
const AT = new Date('2026-11-23T15:00:00Z');
const LIMIT = 20;
const TARGETS = { realP95Ms: 5, syntheticP95Ms: 20, speedup: 10 };
const BASELINE_SAMPLE_EVERY = 10;

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** JS heap plus typed-array buffers, which live outside the heap (the index keeps coordinates and posting lists in them). */
function heapUsedMb(): number {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1024 / 1024;
}

interface Timings {
  p50: number;
  p95: number;
  max: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarize(times: readonly number[]): Timings {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1]! };
}

/** Each query's time, in the order given: the median of its repetitions, after warm-up rounds over all of them. */
function timeQueries(queries: readonly BenchQuery[], run: (query: BenchQuery) => unknown, warmups: number, repetitions: number): number[] {
  for (let w = 0; w < warmups; w++) for (const query of queries) run(query);
  return queries.map((query) => {
    const samples: number[] = [];
    for (let r = 0; r < repetitions; r++) {
      const start = performance.now();
      run(query);
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    return samples[samples.length >> 1]!;
  });
}

function runOurs(index: SearchIndex): (query: BenchQuery) => unknown {
  return (query) => search(index, { q: query.q, near: query.near, lang: query.lang, limit: LIMIT, offset: 0, at: AT });
}

interface BaselineRecord {
  pointName: string[];
  serviceNames: string[];
  synonyms: string[];
  lat: number;
  lon: number;
}

interface Baseline {
  fuse: Fuse<BaselineRecord>;
  places: PlaceIndex;
}

function buildBaseline(snapshot: Snapshot, catalogue: CatalogueIndex): Baseline {
  const pointById = new Map(snapshot.servicePoints.map((point) => [point.id, point]));
  const offeredById = new Map(snapshot.services.map((service) => [service.id, service]));
  const catalogueByRecord = new Map<string, Array<(typeof catalogue.catalogue.services)[number]>>();
  const delivery = deliveryPointsForAll(catalogue.catalogue.services, snapshot);
  for (const service of catalogue.catalogue.services) {
    for (const recordId of delivery.get(service.id)!.serviceAtLocationIds)
      catalogueByRecord.set(recordId, [...(catalogueByRecord.get(recordId) ?? []), service]);
  }
  const records: BaselineRecord[] = snapshot.servicesAtLocations.flatMap((record) => {
    const point = pointById.get(record.locationId);
    if (!point) return [];
    const offered = offeredById.get(record.serviceId);
    const services = catalogueByRecord.get(record.id) ?? [];
    return [
      {
        pointName: [point.name.en, point.name.fr].filter((n): n is string => n !== undefined),
        serviceNames: [offered?.name.en, offered?.name.fr, ...services.flatMap((s) => [s.name.en, s.name.fr])].filter(
          (n): n is string => n !== undefined,
        ),
        synonyms: services.flatMap((s) => [...s.synonyms.en, ...s.synonyms.fr]),
        lat: point.coordinates.lat,
        lon: point.coordinates.lon,
      },
    ];
  });
  const fuse = new Fuse(records, {
    keys: ['pointName', 'serviceNames', 'synonyms'],
    threshold: 0.34,
    ignoreLocation: true,
    includeScore: true,
  });
  return { fuse, places: buildPlaceIndex(snapshot.places) };
}

function runBaseline(baseline: Baseline): (query: BenchQuery) => unknown {
  return (query) => {
    const place = query.near ? resolvePlace(query.near, baseline.places, query.lang) : null;
    const hits = baseline.fuse.search(query.q);
    if (place?.status !== 'resolved') return hits.slice(0, LIMIT);
    const { lat, lon } = place.place;
    const located = hits.map((hit) => ({ hit, d: haversineKm(lat, lon, hit.item.lat, hit.item.lon) }));
    return nearest(located, LIMIT, (a, b) => a.d - b.d);
  };
}

interface Row {
  label: string;
  records: number;
  points: number;
  buildMs: number;
  heapMb: number;
  timings: Timings;
  target: string;
}

function measureBuild<T>(build: () => T): { value: T; buildMs: number; heapMb: number } {
  const before = heapUsedMb();
  const start = performance.now();
  const value = build();
  const buildMs = performance.now() - start;
  return { value, buildMs, heapMb: heapUsedMb() - before };
}

const fixed = (value: number, digits = 2): string => value.toFixed(digits);

function printTable(rows: readonly Row[]): void {
  const header = ['', 'records', 'points', 'build ms', 'heap+buf MB', 'p50 ms', 'p95 ms', 'max ms', 'target'];
  const lines = rows.map((row) => [
    row.label,
    String(row.records),
    String(row.points),
    fixed(row.buildMs, 0),
    fixed(row.heapMb, 1),
    fixed(row.timings.p50),
    fixed(row.timings.p95),
    fixed(row.timings.max),
    row.target,
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === 0 || column === cells.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
}

const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');

function main(): void {
  const started = performance.now();
  const progress = (step: string): void => console.error(`… ${step} (${fixed((performance.now() - started) / 1000, 1)} s)`);
  const catalogue = getCatalogue();
  const { snapshot } = loadSnapshot();
  console.log(
    `Search benchmark: ${BENCH_QUERIES.length} queries, limit ${LIMIT}; a query's time is the median of its repetitions, after warm-up.\n`,
  );

  progress('real snapshot');
  const real = measureBuild(() => searchIndexFor(snapshot, catalogue));
  const realTimes = timeQueries(BENCH_QUERIES, runOurs(real.value), 3, 30);

  progress('synthetic snapshot');
  const synthetic = synthesize(snapshot, SYNTHETIC_RECORDS);
  const large = measureBuild(() => searchIndexFor(synthetic, catalogue));
  const largeTimes = timeQueries(BENCH_QUERIES, runOurs(large.value), 2, 10);

  progress('baseline');
  const realBaseline = measureBuild(() => buildBaseline(snapshot, catalogue));
  const realBaselineTimes = timeQueries(BENCH_QUERIES, runBaseline(realBaseline.value), 0, 1);
  progress('baseline at 100k');
  const largeBaseline = measureBuild(() => buildBaseline(synthetic, catalogue));
  // fuse.js takes seconds per query at this size: every tenth query, once (the code is warm from the real-size run).
  const sampled = BENCH_QUERIES.map((_, i) => i).filter((i) => i % BASELINE_SAMPLE_EVERY === 0);
  const largeBaselineTimes = timeQueries(
    sampled.map((i) => BENCH_QUERIES[i]!),
    runBaseline(largeBaseline.value),
    0,
    1,
  );

  const realPoints = snapshot.servicePoints.length;
  const largePoints = synthetic.servicePoints.length;
  const realTimings = summarize(realTimes);
  const largeTimings = summarize(largeTimes);
  const largeOnSample = summarize(sampled.map((i) => largeTimes[i]!));
  const largeBaselineTimings = summarize(largeBaselineTimes);
  const speedupP50 = largeBaselineTimings.p50 / largeOnSample.p50;
  const speedupP95 = largeBaselineTimings.p95 / largeOnSample.p95;
  printTable([
    {
      label: 'ours, real snapshot',
      records: snapshot.servicesAtLocations.length,
      points: realPoints,
      buildMs: real.buildMs,
      heapMb: real.heapMb,
      timings: realTimings,
      target: `p95 ≤ ${TARGETS.realP95Ms} ms: ${verdict(realTimings.p95 <= TARGETS.realP95Ms)}`,
    },
    {
      label: 'ours, synthetic 100k',
      records: synthetic.servicesAtLocations.length,
      points: largePoints,
      buildMs: large.buildMs,
      heapMb: large.heapMb,
      timings: largeTimings,
      target: `p95 ≤ ${TARGETS.syntheticP95Ms} ms: ${verdict(largeTimings.p95 <= TARGETS.syntheticP95Ms)}`,
    },
    {
      label: 'baseline fuse, real',
      records: snapshot.servicesAtLocations.length,
      points: realPoints,
      buildMs: realBaseline.buildMs,
      heapMb: realBaseline.heapMb,
      timings: summarize(realBaselineTimes),
      target: '',
    },
    {
      label: `baseline fuse, 100k (${sampled.length} q)`,
      records: synthetic.servicesAtLocations.length,
      points: largePoints,
      buildMs: largeBaseline.buildMs,
      heapMb: largeBaseline.heapMb,
      timings: largeBaselineTimings,
      target: '',
    },
  ]);
  console.log(
    `\nbaseline / ours at 100k, same ${sampled.length} queries: ${fixed(speedupP50, 1)}× at p50, ${fixed(speedupP95, 1)}× at p95 (target ≥ ${TARGETS.speedup}× at p50: ${verdict(speedupP50 >= TARGETS.speedup)})`,
  );
  console.log(`baseline / ours on the real snapshot: ${fixed(summarize(realBaselineTimes).p50 / realTimings.p50, 1)}× at p50`);
  console.log(`heap used at the end: ${fixed(heapUsedMb(), 0)} MB; total run ${fixed((performance.now() - started) / 1000, 1)} s`);
}

main();
