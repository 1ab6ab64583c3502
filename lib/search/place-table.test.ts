import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../data/snapshot';
import { haversineKm } from '../geo/distance';
import { buildPlaceIndex, resolvePlace, type PlaceIndex } from './place';
import { DEFAULT_TOLERANCE_KM, PLACE_TABLE, type PlaceCase } from './place-table';

/** Pass count of this table on the code before issue 12, measured when the table was written (commit of the table). */
const BASELINE_PASSES = 126;

let index: PlaceIndex;
beforeAll(() => {
  const { snapshot } = loadSnapshot();
  index = buildPlaceIndex(snapshot.places, snapshot.servicePoints);
});

function check(row: PlaceCase): { ok: boolean; got: string } {
  const result = resolvePlace(row.input, index, row.lang ?? 'en');
  const place = result.status === 'resolved' ? result.place : result.status === 'ambiguous' ? result.choices[0] : undefined;
  if (!place) return { ok: false, got: result.status === 'unknown' ? `unknown (${result.reason})` : result.status };
  const km = haversineKm(place.lat, place.lon, row.lat, row.lon);
  return { ok: km <= (row.km ?? DEFAULT_TOLERANCE_KM), got: `${result.status} ${place.label} ${km.toFixed(1)} km off` };
}

describe('the place table', () => {
  it('has at least 150 real place strings covering every province and territory', () => {
    expect(PLACE_TABLE.length).toBeGreaterThanOrEqual(150);
  });

  it('places the strings within their tolerance', () => {
    const failures = PLACE_TABLE.map((row) => ({ row, ...check(row) })).filter((r) => !r.ok);
    const passes = PLACE_TABLE.length - failures.length;
    console.log(`place table: ${passes}/${PLACE_TABLE.length} within tolerance (baseline ${BASELINE_PASSES})`);
    for (const f of failures) console.log(`  FAIL ${f.row.group} "${f.row.input}": ${f.got}`);
    expect(passes).toBeGreaterThanOrEqual(BASELINE_PASSES);
  });
});
