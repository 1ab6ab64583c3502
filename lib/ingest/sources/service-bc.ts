import { z } from 'zod';
import type { Reject } from '../../model/schema';
import type { Adapter, ServicePointDraft, SourceMeta } from '../contract';
import { rejectBuilder } from '../errors';
import { readJsonRecords } from '../json-records';
import { SERVICE_BC } from '../organizations';
import { provenanceFor } from '../provenance';
import { sourceFile, sourceMeta } from '../source-meta';
import { collapseWhitespace, presentOrUndefined } from '../text';
import { slugPart } from '../../text/fold';

const FILE = 'service_bc_offices_2021.geojson';

export const SERVICE_BC_SOURCE = 'provincial-bc-service-bc-locations-2021';

export const SERVICE_BC_COUNTER = 'service-bc-counter';

const OfficeFeature = z.object({
  id: z.string().min(1),
  geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
  properties: z.object({
    OFFICE_NAME: z.string().min(1),
    OFFICE_ADDRESS: z.string().min(1),
    OFFICE_CITY: z.string().min(1),
    OFFICE_URL: z.string().optional(),
  }),
});
type OfficeFeature = z.infer<typeof OfficeFeature>;

/** Administrative offices in the list that serve no public counter (PROVENANCE: "Head Office" at 4000 Seymour Pl). */
const NOT_A_COUNTER = new Set(['Head Office']);

/** Service BC counters; no hours, phones or French in the source. */
export const serviceBc: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, SERVICE_BC_SOURCE);
  const location = sourceFile(sourcesDir, meta, FILE);
  // one feature per line would be a guess: features are located by their position in the collection
  const offices = readJsonRecords({ ...location, at: 'features', schema: OfficeFeature, label: 'feature' });
  const reject = rejectBuilder(meta.id, location.file);
  const rejects: Reject[] = [...offices.rejects];
  const points: ServicePointDraft[] = [];
  const seenIds = new Set<string>();

  for (const { value: office, line } of offices.records) {
    if (NOT_A_COUNTER.has(office.properties.OFFICE_NAME.trim())) {
      rejects.push(
        reject(
          line,
          'OFFICE_NAME',
          `"${office.properties.OFFICE_NAME}" (${office.properties.OFFICE_ADDRESS}) is an administrative office, not a public counter`,
        ),
      );
      continue;
    }
    if (seenIds.has(office.id)) {
      rejects.push(reject(line, 'id', `duplicate office id ${office.id}`));
      continue;
    }
    seenIds.add(office.id);
    points.push(toDraft(office, meta));
  }

  return {
    meta,
    organizations: [SERVICE_BC],
    services: [{ id: SERVICE_BC_COUNTER, name: { en: 'Service BC in-person services' }, providerOrganizationId: SERVICE_BC.id }],
    points,
    places: [],
    enrich: [],
    rejects,
    rowsRead: offices.recordsRead,
  };
};

function toDraft(office: OfficeFeature, meta: SourceMeta): ServicePointDraft {
  const { OFFICE_NAME, OFFICE_ADDRESS, OFFICE_CITY, OFFICE_URL } = office.properties;
  const [lon, lat] = office.geometry.coordinates;
  const url = httpsOfficePage(OFFICE_URL);
  return {
    id: `sbc-${office.id}-${slugPart(OFFICE_NAME)}`,
    name: { en: `Service BC Centre ${collapseWhitespace(OFFICE_NAME)}` },
    type: 'service-centre',
    hostOrganizationId: SERVICE_BC.id,
    address: { lines: { en: addressLines(OFFICE_ADDRESS) }, city: { en: collapseWhitespace(OFFICE_CITY) }, province: 'BC' },
    sourceCoordinates: { lat, lon, placedBy: 'address' },
    hours: { format: 'none', data: {} },
    offers: [{ serviceId: SERVICE_BC_COUNTER, providerOrganizationId: SERVICE_BC.id, mode: 'in-person' }],
    ...(url ? { url: { en: url } } : {}),
    provenance: [provenanceFor(meta, FILE, office.id)],
  };
}

/** "UNIT 250 -- 455 Columbia St" → ["Unit 250", "455 Columbia St"]; other styles are kept as one line. */
export function addressLines(address: string): string[] {
  const [unit, street] = address.split(/\s+--\s+/);
  if (street === undefined || unit === undefined) return [collapseWhitespace(address)];
  const designator = unit.replace(/^(UNIT|SUITE|RM)\b/, (word) => ({ UNIT: 'Unit', SUITE: 'Suite', RM: 'Room' })[word] ?? word);
  return [collapseWhitespace(designator), collapseWhitespace(street)];
}

/** gov.bc.ca short links are served over https (they redirect to www2.gov.bc.ca); any other host is dropped. */
function httpsOfficePage(value: string | undefined): string | undefined {
  const url = presentOrUndefined(value);
  if (!url) return undefined;
  const match = /^https?:\/\/gov\.bc\.ca\/servicebc\/([a-z0-9-]+)$/i.exec(url);
  return match ? `https://gov.bc.ca/servicebc/${match[1]}` : undefined;
}
