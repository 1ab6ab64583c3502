import type { Reject } from '../../model/schema';
import type { Adapter, AdapterResult } from '../contract';
import { readCsv } from '../csv';
import { rejectBuilder } from '../errors';
import { provenanceFor } from '../provenance';
import { sourceFile, sourceMeta } from '../source-meta';

const INDEX_FILE = 'service_canada_points_of_service_index_2024-02.csv';
const ADDRESSES_FILE = 'service_canada_addresses_BC_AB_2024-02.csv';

const SOURCE_ID = 'federal-service-canada-points-of-service-erickg6';

/** Points absent from the 2026 crawl of the official finder are closed, moved or renamed since: not current. */
export const NOT_IN_2026 = 'not in current 2026 office list';

export function officeCodeFromLink(link: string | undefined): string | undefined {
  const match = link ? /[?&]rc=([^&]+)/.exec(link) : null;
  return match?.[1] ? decodeURIComponent(match[1]).trim() : undefined;
}

/** The 2024 index only confirms 2026 offices (history); every row merges by office code or is rejected as stale. */
export const serviceCanada2024Index: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, SOURCE_ID);
  const rejects: Reject[] = [];
  const enrich: AdapterResult['enrich'] = [];
  let rowsRead = 0;
  const files: Array<{ name: string; columns: string[]; nameColumn: string }> = [
    { name: INDEX_FILE, columns: ['region', 'center-type', 'center-lang', 'name', 'link'], nameColumn: 'name' },
    { name: ADDRESSES_FILE, columns: ['region', 'page-header', 'link', 'address'], nameColumn: 'page-header' },
  ];
  for (const { name, columns, nameColumn } of files) {
    const location = sourceFile(sourcesDir, meta, name);
    const file = location.file;
    const csv = readCsv({ ...location, requiredColumns: columns });
    const reject = rejectBuilder(meta.id, file);
    rowsRead += csv.recordsRead;
    rejects.push(...csv.rejects);
    for (const { line, values } of csv.rows) {
      const code = officeCodeFromLink(values.link);
      if (!code) {
        rejects.push(reject(line, 'link', 'no office code (rc=) in link'));
        continue;
      }
      enrich.push({
        mergeKey: `service-canada:${code}`,
        line,
        file,
        fields: { provenance: [provenanceFor(meta, name, code, line)] },
        unmatchedReason: `${NOT_IN_2026} (office ${code}, ${values[nameColumn] ?? 'unnamed'})`,
      });
    }
  }
  return { meta, organizations: [], services: [], points: [], places: [], enrich, rejects, rowsRead };
};
