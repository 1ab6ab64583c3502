import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSnapshot, snapshotDigest } from '../data/snapshot';
import { buildSnapshot, isSnapshotStale } from './build';
import { geoProvinces } from './sources/geo-provinces';
import { geoSimplemaps } from './sources/geo-simplemaps';
import { tempSourcesDir } from './test-support';

const CITIES = 'geo-canadian-cities-simplemaps/canadacities.csv';
const GOOD =
  '"city","city_ascii","province_id","province_name","lat","lng","population","density","timezone","ranking","postal","id"\n"Kenora","Kenora","ON","Ontario","49.7667","-94.4894","15096","1","America/Winnipeg","3","P9N","1"\n';
const adapters = [geoProvinces, geoSimplemaps];

describe('buildSnapshot', () => {
  it('swaps in a validated snapshot atomically and keeps the previous one when a source breaks', () => {
    const sourcesDir = tempSourcesDir({ [CITIES]: GOOD });
    const buildDir = mkdtempSync(join(tmpdir(), 'guichet-build-'));

    const first = buildSnapshot({ sourcesDir, buildDir, adapters, now: new Date('2026-11-22T10:00:00Z') });
    expect(first.ok).toBe(true);
    const pointerBefore = readFileSync(join(buildDir, 'current.json'), 'utf8');
    expect(JSON.parse(pointerBefore)).toEqual({
      snapshot: 'snapshot-20261122T100000Z.json',
      version: '20261122T100000Z',
      builtAt: '2026-11-22T10:00:00.000Z',
      sha256: snapshotDigest(readFileSync(join(buildDir, 'snapshot-20261122T100000Z.json'))),
    });
    expect(loadSnapshot(buildDir).placeById.get('gaz-1')?.name.en).toBe('Kenora');
    expect(existsSync(join(buildDir, 'rejects.json')) && existsSync(join(buildDir, 'provinces.geojson'))).toBe(true);

    writeFileSync(join(sourcesDir, CITIES), GOOD.replace('"lat"', '"latitude"'));
    const second = buildSnapshot({ sourcesDir, buildDir, adapters, now: new Date('2026-11-22T11:00:00Z') });
    expect(second).toMatchObject({ ok: false, problems: [`${CITIES}: missing column(s): lat`] });
    expect(readFileSync(join(buildDir, 'current.json'), 'utf8')).toBe(pointerBefore);
    expect(readdirSync(buildDir).filter((f) => f.startsWith('snapshot-'))).toEqual(['snapshot-20261122T100000Z.json']);
    expect(readdirSync(buildDir).some((f) => f.includes('.tmp'))).toBe(false);
    expect(loadSnapshot(buildDir).snapshot.version).toBe('20261122T100000Z');
  });

  it('is stale when missing or older than any input file', () => {
    const sourcesDir = tempSourcesDir({ [CITIES]: GOOD });
    const buildDir = mkdtempSync(join(tmpdir(), 'guichet-build-'));
    expect(isSnapshotStale(buildDir, [sourcesDir])).toBe(true);
    const outcome = buildSnapshot({ sourcesDir, buildDir, adapters });
    expect(outcome.ok).toBe(true);
    const snapshotPath = join(buildDir, JSON.parse(readFileSync(join(buildDir, 'current.json'), 'utf8')).snapshot as string);
    const past = new Date('2026-01-01T00:00:00Z');
    for (const file of [join(sourcesDir, CITIES)]) utimesSync(file, past, past);
    expect(isSnapshotStale(buildDir, [join(sourcesDir, CITIES)])).toBe(false);
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(sourcesDir, CITIES), future, future);
    expect(isSnapshotStale(buildDir, [join(sourcesDir, CITIES)])).toBe(true);
    expect(existsSync(snapshotPath)).toBe(true);
  });
});
