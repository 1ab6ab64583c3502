import { join } from 'node:path';
import type { Reject } from '../../model/schema';
import type { Adapter, AdapterResult, SourceMeta } from '../contract';
import { readSourceText } from '../encoding';
import { SourceFailure, rejectBuilder } from '../errors';
import { provenanceFor } from '../provenance';
import { NOT_IN_2026 } from './service-canada-2024-index';

const FILES = [
  'SCC_Jan2018.geojson', 'SO_Jan2018.geojson', 'PTSCC_Jan2018.geojson', 'PPT_Jan2018.geojson',
  'SCC_Nov2017.geojson', 'SO_Nov2017.geojson', 'PTSCC_Nov2017.geojson', 'PPT_Nov2017.geojson',
];

export const SERVICE_CANADA_2017_META: SourceMeta = {
  id: 'federal-service-canada-points-of-service-2017-2018-scima',
  title: { en: 'Service Canada points of service, Nov 2017 and Jan 2018 (SCIMA map)', fr: 'Points de service de Service Canada, nov. 2017 et janv. 2018 (carte SCIMA)' },
  publisher: 'Employment and Social Development Canada / Service Canada (GIS export used by Kent Jacobs)',
  order: 'federal',
  licence: 'No data licence stated (Government of Canada facts); compilation MIT',
  sourceDate: '2018-01',
  upstreamUrl: 'https://offices.service.canada.ca/en/Search',
  dir: 'federal-service-canada-points-of-service-2017-2018-scima',
  files: FILES,
};

interface Feature {
  properties?: { POSUI?: unknown; Site_Name?: unknown };
}

/** The files are JavaScript (`var NAME = {…}`) wrapping GeoJSON; each feature sits on its own line. */
function readFeatures(path: string, file: string): Array<{ feature: Feature; line: number }> {
  const { text } = readSourceText(path, file);
  const body = text.replace(/^\s*var\s+\w+\s*=\s*/, '').replace(/;\s*$/, '');
  let collection: { features?: Feature[] };
  try {
    collection = JSON.parse(body) as { features?: Feature[] };
  } catch (error) {
    throw new SourceFailure(file, `not a \`var NAME = {GeoJSON}\` file (${(error as Error).message})`);
  }
  if (!Array.isArray(collection.features)) throw new SourceFailure(file, 'no "features" array');
  const featureLines = text.split('\n').flatMap((l, i) => (/^\s*\{\s*"type":\s*"Feature"/.test(l) ? [i + 1] : []));
  return collection.features.map((feature, index) => ({ feature, line: featureLines[index] ?? index + 1 }));
}

/** 2017/18 GIS snapshots: history for 2026 offices (merged by POSUI code); offices gone since are rejected as stale. */
export const serviceCanada2017To2018: Adapter = (sourcesDir) => {
  const meta = SERVICE_CANADA_2017_META;
  const rejects: Reject[] = [];
  const enrich: AdapterResult['enrich'] = [];
  let rowsRead = 0;
  for (const name of FILES) {
    const file = `${meta.dir}/${name}`;
    const reject = rejectBuilder(meta.id, file);
    const features = readFeatures(join(sourcesDir, meta.dir, name), file);
    rowsRead += features.length;
    for (const { feature, line } of features) {
      const code = feature.properties?.POSUI;
      if (typeof code !== 'string' || code.trim() === '') { rejects.push(reject(line, 'POSUI', 'missing office code')); continue; }
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
