import { join } from 'node:path';
import type { Reject } from '../../model/schema';
import type { Adapter, AdapterResult, SourceMeta } from '../contract';
import { readCsv } from '../csv';
import { rejectBuilder } from '../errors';
import { provenanceFor } from '../provenance';

const INDEX_FILE = 'service_canada_points_of_service_index_2024-02.csv';
const ADDRESSES_FILE = 'service_canada_addresses_BC_AB_2024-02.csv';

export const SERVICE_CANADA_2024_META: SourceMeta = {
  id: 'federal-service-canada-points-of-service-erickg6',
  title: { en: 'Service Canada points of service index (Feb 2024 scrape)', fr: 'Index des points de service de Service Canada (extraction de février 2024)' },
  publisher: 'Employment and Social Development Canada / Service Canada (scraped by erickg6)',
  order: 'federal',
  licence: 'Government of Canada web content (canada.ca terms); not an open licence',
  sourceDate: '2024-02',
  upstreamUrl: 'https://www.servicecanada.gc.ca/tbsc-fsco/sc-hme.jsp?lang=eng',
  dir: 'federal-service-canada-points-of-service-erickg6',
  files: [INDEX_FILE, ADDRESSES_FILE],
};

/** Points absent from the 2026 crawl of the official finder are closed, moved or renamed since: not current. */
export const NOT_IN_2026 = 'not in current 2026 office list';

export function officeCodeFromLink(link: string | undefined): string | undefined {
  const match = link ? /[?&]rc=([^&]+)/.exec(link) : null;
  return match?.[1] ? decodeURIComponent(match[1]).trim() : undefined;
}

/** The 2024 index only confirms 2026 offices (history); every row merges by office code or is rejected as stale. */
export const serviceCanada2024Index: Adapter = (sourcesDir) => {
  const meta = SERVICE_CANADA_2024_META;
  const rejects: Reject[] = [];
  const enrich: AdapterResult['enrich'] = [];
  let rowsRead = 0;
  const files: Array<{ name: string; columns: string[]; nameColumn: string }> = [
    { name: INDEX_FILE, columns: ['region', 'center-type', 'center-lang', 'name', 'link'], nameColumn: 'name' },
    { name: ADDRESSES_FILE, columns: ['region', 'page-header', 'link', 'address'], nameColumn: 'page-header' },
  ];
  for (const { name, columns, nameColumn } of files) {
    const file = `${meta.dir}/${name}`;
    const csv = readCsv({ sourceId: meta.id, path: join(sourcesDir, meta.dir, name), file, requiredColumns: columns });
    const reject = rejectBuilder(meta.id, file);
    rowsRead += csv.recordsRead;
    rejects.push(...csv.rejects);
    for (const { line, values } of csv.rows) {
      const code = officeCodeFromLink(values.link);
      if (!code) { rejects.push(reject(line, 'link', 'no office code (rc=) in link')); continue; }
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
