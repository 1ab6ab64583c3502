import { z } from 'zod';
import type { Reject } from '../../model/schema';
import type { Adapter, AdapterResult } from '../contract';
import { rejectBuilder } from '../errors';
import { lineOfEach, readJsonRecords } from '../json-records';
import { provenanceFor } from '../provenance';
import { sourceFile, sourceMeta } from '../source-meta';
import { NOT_IN_2026 } from './service-canada-2024-index';

const SOURCE_ID = 'federal-service-canada-points-of-service-2017-2018-scima';

/** Only the office code and site name are read: the 2026 crawl is the reference for everything else. */
const Feature = z.object({ properties: z.object({ POSUI: z.unknown(), Site_Name: z.unknown() }).partial().optional() });

/** 2017/18 GIS snapshots: history for 2026 offices (merged by POSUI code); offices gone since are rejected as stale. */
export const serviceCanada2017To2018: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, SOURCE_ID);
  const rejects: Reject[] = [];
  const enrich: AdapterResult['enrich'] = [];
  let rowsRead = 0;
  // the Jan 2018 and Nov 2017 snapshots of the four site types, in the order source.json lists them
  for (const { name } of meta.files) {
    const location = sourceFile(sourcesDir, meta, name);
    const file = location.file;
    const reject = rejectBuilder(meta.id, file);
    // JavaScript (`var NAME = {…}`) wrapping GeoJSON, one feature per line
    const features = readJsonRecords({
      ...location,
      prefix: /\s*var\s+\w+\s*=\s*/,
      at: 'features',
      schema: Feature,
      label: 'feature',
      lineOf: lineOfEach(/^\s*\{\s*"type":\s*"Feature"/),
    });
    rowsRead += features.recordsRead;
    rejects.push(...features.rejects);
    for (const { value: feature, line } of features.records) {
      const code = feature.properties?.POSUI;
      if (typeof code !== 'string' || code.trim() === '') {
        rejects.push(reject(line, 'POSUI', 'missing office code'));
        continue;
      }
      enrich.push({
        mergeKey: `service-canada:${code.trim()}`,
        line,
        file,
        fields: { provenance: [provenanceFor(meta, name, code.trim(), line)] },
        unmatchedReason: `${NOT_IN_2026} (office ${code.trim()}, ${String(feature.properties?.Site_Name ?? 'unnamed')}, ${name.replace('.geojson', '')})`,
      });
    }
  }
  return { meta, organizations: [], services: [], points: [], places: [], enrich, rejects, rowsRead };
};
