import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { provinceShapesFor } from '../ingest/sources/geo-common';
import { REAL_SOURCES_DIR } from '../ingest/test-support';
import { provincesGeoJson, type ProvinceShape } from './provinces';

interface Outlines {
  features: Array<{ properties: { code: string }; geometry: { coordinates: Array<Array<Array<[number, number]>>> } }>;
}

describe('provincesGeoJson', () => {
  it('rounds to ~100 m, drops repeated positions, and leaves out islets and holes that rounding collapses', () => {
    const square: Array<[number, number]> = [
      [-75.0001, 45],
      [-75.0002, 45],
      [-74, 45],
      [-74, 46],
      [-75, 46],
      [-75, 45],
    ];
    const islet: Array<[number, number]> = [
      [-60.00001, 44],
      [-60.00002, 44.0001],
      [-60, 44],
      [-60.00001, 44],
    ];
    const shape: ProvinceShape = {
      code: 'ON',
      sgcCode: '35',
      name: { en: 'Ontario', fr: 'Ontario' },
      polygons: [[square, islet], [islet]],
    };
    const outlines = provincesGeoJson([shape]) as Outlines;
    expect(outlines.features[0]!.geometry.coordinates).toEqual([
      [
        [
          [-75, 45],
          [-74, 45],
          [-74, 46],
          [-75, 46],
          [-75, 45],
        ],
      ],
    ]);
  });

  it('keeps every province and territory recognizable and the file under 40 KB gzipped (served on every map page)', () => {
    const outlines = provincesGeoJson(provinceShapesFor(REAL_SOURCES_DIR)) as Outlines;
    expect(outlines.features).toHaveLength(13);
    for (const feature of outlines.features) {
      const positions = feature.geometry.coordinates.flat(2).length;
      expect(positions, feature.properties.code).toBeGreaterThan(30);
    }
    expect(gzipSync(JSON.stringify(outlines)).length).toBeLessThan(40 * 1024);
  });
});
