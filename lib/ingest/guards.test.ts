import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSnapshot } from '../data/snapshot';
import type { SourceReport } from '../model/schema';
import { buildSnapshot, guardProblems, isSnapshotStale, rollbackSnapshot } from './build';
import { geoProvinces } from './sources/geo-provinces';
import { geoSimplemaps } from './sources/geo-simplemaps';
import { serviceBc, SERVICE_BC_SOURCE } from './sources/service-bc';
import { serviceCanada2026, SERVICE_CANADA_2026_SOURCE } from './sources/service-canada-2026';
import { workbc, WORKBC_SOURCE } from './sources/workbc';
import { REAL_SOURCES_DIR } from './test-support';

/** A writable copy of the real sources the given source folders need, beside the gazetteer and outlines. */
function realSourcesCopy(dirs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-guard-'));
  for (const name of ['geo-provinces-territories-topojson', 'geo-canadian-cities-simplemaps', ...dirs]) {
    cpSync(join(REAL_SOURCES_DIR, name), join(dir, name), { recursive: true });
  }
  return dir;
}

const SC_FILE = join(SERVICE_CANADA_2026_SOURCE, 'service_canada_offices_2026-09.json');
const WORKBC_FILE = join(WORKBC_SOURCE, 'workbc_service_centres_2022-11.csv');
const SBC_FILE = join(SERVICE_BC_SOURCE, 'service_bc_offices_2021.geojson');
const base = [geoProvinces, geoSimplemaps];
let clock = Date.parse('2026-11-29T10:00:00Z');
const tick = (): Date => new Date((clock += 60_000));

function report(sourceId: string, counts: Partial<SourceReport['counts']>): SourceReport {
  return {
    sourceId,
    title: { en: sourceId },
    publisher: 'p',
    order: 'federal',
    licence: 'l',
    sourceDate: '2026',
    files: [],
    counts: {
      read: 100,
      imported: 100,
      merged: 0,
      rejected: 0,
      byPrecision: { exact: 0, 'postal-code': 0, locality: 0 },
      hours: { structured: 0, textOnly: 0, none: 0 },
      ...counts,
    },
  };
}

describe('guardProblems', () => {
  const rejects = [{ sourceId: 's', file: 's/f.csv', line: 7, field: 'city', reason: 'missing city' }];

  it('blocks a source whose rejected share passes its limit, naming counts and first reasons', () => {
    const problems = guardProblems([report('s', { imported: 80, rejected: 20 })], undefined, {}, rejects, new Set());
    expect(problems).toEqual([
      's: 20 of 100 rows rejected (20 %, limit 10 %); first reasons: s/f.csv:7 [city] missing city — if this change is real, rerun with --accept-drop s',
    ]);
    expect(
      guardProblems([report('s', { imported: 80, rejected: 20 })], undefined, { s: { maxRejectedShare: 0.25 } }, rejects, new Set()),
    ).toEqual([]);
  });

  it('blocks a drop in rows kept against the previous snapshot, unless accepted', () => {
    const previous = [report('s', { read: 100, imported: 100 })];
    const now = [report('s', { read: 60, imported: 60 })];
    expect(guardProblems(now, previous, {}, [], new Set())[0]).toMatch(
      /^s: 60 rows kept against 100 in the current snapshot \(−40 %, limit 10 %\)/,
    );
    expect(guardProblems(now, previous, {}, [], new Set(['s']))).toEqual([]);
    expect(guardProblems([report('s', { read: 95, imported: 95 })], previous, {}, [], new Set())).toEqual([]);
  });
});

describe('snapshot guards on the real feeds', () => {
  it('a Service Canada feed without `city` in every record cannot publish a snapshot (574 rejected)', () => {
    const sourcesDir = realSourcesCopy([SERVICE_CANADA_2026_SOURCE]);
    const buildDir = mkdtempSync(join(tmpdir(), 'guichet-build-'));
    const adapters = [...base, serviceCanada2026];
    expect(buildSnapshot({ sourcesDir, buildDir, adapters, now: tick() }).ok).toBe(true);
    const pointer = readFileSync(join(buildDir, 'current.json'), 'utf8');

    const offices = JSON.parse(readFileSync(join(sourcesDir, SC_FILE), 'utf8')) as Array<Record<string, unknown>>;
    writeFileSync(join(sourcesDir, SC_FILE), JSON.stringify(offices.map(({ city: _city, ...rest }) => rest)));
    const outcome = buildSnapshot({ sourcesDir, buildDir, adapters, now: tick() });
    expect(outcome.ok).toBe(false);
    const problems = outcome.ok ? [] : outcome.problems;
    expect(problems[0]).toMatch(
      /^federal-service-canada-offices-hours-ask-canada: 574 of 574 rows rejected \(100 %, limit 10 %\); 0 rows kept against 574 in the current snapshot/,
    );
    expect(problems[0]).toMatch(/\[city\]/);
    expect(readFileSync(join(buildDir, 'current.json'), 'utf8')).toBe(pointer);

    // a maintainer can accept a real change knowingly
    expect(
      buildSnapshot({ sourcesDir, buildDir, adapters, now: tick(), acceptDrop: ['federal-service-canada-offices-hours-ask-canada'] }).ok,
    ).toBe(true);
    expect(buildSnapshot({ sourcesDir, buildDir, adapters, now: tick(), acceptDrop: ['no-such-source'] })).toMatchObject({
      ok: false,
      problems: ['--accept-drop no-such-source: no source has this id'],
    });
  });

  it('Service BC without OFFICE_CITY (66 of 66 rejected) is blocked', () => {
    const sourcesDir = realSourcesCopy([SERVICE_BC_SOURCE]);
    const geojson = JSON.parse(readFileSync(join(sourcesDir, SBC_FILE), 'utf8')) as {
      features: Array<{ properties: Record<string, unknown> }>;
    };
    for (const feature of geojson.features) delete feature.properties.OFFICE_CITY;
    writeFileSync(join(sourcesDir, SBC_FILE), JSON.stringify(geojson));
    const outcome = buildSnapshot({
      sourcesDir,
      buildDir: mkdtempSync(join(tmpdir(), 'guichet-build-')),
      adapters: [...base, serviceBc],
      now: tick(),
    });
    expect(outcome.ok ? [] : outcome.problems).toEqual([
      expect.stringMatching(/^provincial-bc-service-bc-locations-2021: 66 of 66 rows rejected/),
    ]);
  });

  it('a WorkBC CSV cut at 60 % is a failed source, not a short one', () => {
    const sourcesDir = realSourcesCopy([WORKBC_SOURCE]);
    const bytes = readFileSync(join(sourcesDir, WORKBC_FILE));
    writeFileSync(join(sourcesDir, WORKBC_FILE), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const outcome = buildSnapshot({
      sourcesDir,
      buildDir: mkdtempSync(join(tmpdir(), 'guichet-build-')),
      adapters: [...base, workbc],
      now: tick(),
    });
    expect(outcome.ok ? [] : outcome.problems).toEqual([
      expect.stringMatching(
        /^provincial-bc-workbc-centres\/workbc_service_centres_2022-11\.csv: file is truncated: its last record \(line \d+\) is cut off/,
      ),
    ]);
  });

  it('one cp1252 byte in the UTF-8 Service Canada JSON fails the source, naming the offset (no mojibake)', () => {
    const sourcesDir = realSourcesCopy([SERVICE_CANADA_2026_SOURCE]);
    const text = readFileSync(join(sourcesDir, SC_FILE), 'utf8');
    const at = Buffer.byteLength(text.slice(0, text.indexOf('Kenora')));
    writeFileSync(
      join(sourcesDir, SC_FILE),
      Buffer.concat([
        Buffer.from(text.slice(0, text.indexOf('Kenora'))),
        Buffer.from([0xe9]),
        Buffer.from(text.slice(text.indexOf('Kenora'))),
      ]),
    );
    expect(() => serviceCanada2026(sourcesDir)).toThrow(`invalid UTF-8 at byte offset ${at}`);
  });

  it('<script> in a WorkBC or Service BC name never reaches the snapshot; the change is reported with file, line and field', () => {
    const sourcesDir = realSourcesCopy([WORKBC_SOURCE, SERVICE_BC_SOURCE]);
    writeFileSync(
      join(sourcesDir, WORKBC_FILE),
      readFileSync(join(sourcesDir, WORKBC_FILE), 'utf8').replace('322,Coquitlam,', '322,Coquitlam<script>alert(1)</script>,'),
    );
    const geojson = readFileSync(join(sourcesDir, SBC_FILE), 'utf8');
    const firstName = /"OFFICE_NAME":\s*"([^"]+)"/.exec(geojson)![1]!;
    writeFileSync(
      join(sourcesDir, SBC_FILE),
      geojson
        .replace(`"OFFICE_NAME": "${firstName}"`, `"OFFICE_NAME": "<b>${firstName}</b><img src=x onerror=alert(1)>"`)
        .replace(`"OFFICE_NAME":"${firstName}"`, `"OFFICE_NAME":"<b>${firstName}</b><img src=x onerror=alert(1)>"`),
    );
    const buildDir = mkdtempSync(join(tmpdir(), 'guichet-build-'));
    const outcome = buildSnapshot({ sourcesDir, buildDir, adapters: [...base, serviceBc, workbc], now: tick() });
    expect(outcome.ok).toBe(true);
    const written = readFileSync(
      join(
        buildDir,
        readdirSync(buildDir).find((f) => f.startsWith('snapshot-'))!,
      ),
      'utf8',
    );
    expect(written.match(/.{80}(<script|<img|onerror=|<b>).{40}/gi) ?? []).toEqual([]);
    const snapshot = loadSnapshot(buildDir).snapshot;
    expect(snapshot.servicePoints.find((p) => p.id === 'workbc-322')?.name.en).toContain('Coquitlam');
    expect(snapshot.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sourceId: 'provincial-bc-workbc-centres',
          file: 'provincial-bc-workbc-centres/workbc_service_centres_2022-11.csv',
          line: 2,
          field: expect.stringMatching(/^name\./),
          reason: expect.stringContaining('markup removed'),
        }),
        expect.objectContaining({
          sourceId: 'provincial-bc-service-bc-locations-2021',
          field: expect.stringMatching(/^name\./),
          reason: expect.stringContaining('markup removed'),
        }),
      ]),
    );
  });
});

describe('rollback', () => {
  it('points current.json back at the previous snapshot, which is then not rebuilt as stale', () => {
    const sourcesDir = realSourcesCopy([]);
    const buildDir = mkdtempSync(join(tmpdir(), 'guichet-build-'));
    expect(rollbackSnapshot(buildDir)).toMatchObject({ ok: false, problem: expect.stringContaining('nothing to roll back') });
    const first = buildSnapshot({ sourcesDir, buildDir, adapters: base, now: tick() });
    expect(rollbackSnapshot(buildDir)).toMatchObject({ ok: false, problem: expect.stringContaining('no snapshot older than') });
    const second = buildSnapshot({ sourcesDir, buildDir, adapters: base, now: tick() });
    if (!first.ok || !second.ok) throw new Error('builds failed');
    expect(rollbackSnapshot(buildDir)).toEqual({ ok: true, from: second.snapshotFile, to: first.snapshotFile });
    expect(JSON.parse(readFileSync(join(buildDir, 'current.json'), 'utf8'))).toMatchObject({
      snapshot: first.snapshotFile,
      rolledBackFrom: second.snapshotFile,
    });
    expect(loadSnapshot(buildDir).snapshot.version).toBe(first.result.snapshot.version);
    expect(isSnapshotStale(buildDir, [sourcesDir])).toBe(false);
  });
});
