import { join } from 'node:path';
import { z } from 'zod';
import type { Reject } from '../../model/schema';
import type { Adapter, ServicePointDraft, SourceMeta } from '../contract';
import { readSourceJson } from '../encoding';
import { SourceFailure, rejectBuilder } from '../errors';
import { SERVICE_BC } from '../organizations';
import { provenanceFor } from '../provenance';
import { collapseWhitespace, presentOrUndefined } from '../text';
import { slugPart } from '../../text/fold';

const FILE = 'service_bc_offices_2021.geojson';

export const SERVICE_BC_META: SourceMeta = {
  id: 'provincial-bc-service-bc-locations-2021',
  title: { en: 'Service BC locations (2021)', fr: 'Emplacements de Service BC (2021)' },
  publisher: "Service BC, Ministry of Citizens' Services, Government of British Columbia",
  order: 'provincial',
  licence: 'Not stated for the data (repository Apache-2.0; likely Open Government Licence – British Columbia, unconfirmed)',
  sourceDate: '2021-03',
  dir: 'provincial-bc-service-bc-locations-2021',
  files: [FILE],
};

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
  const meta = SERVICE_BC_META;
  const file = `${meta.dir}/${FILE}`;
  const json = readSourceJson(join(sourcesDir, meta.dir, FILE), file);
  const features = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }).safeParse(json);
  if (!features.success) throw new SourceFailure(file, 'expected a GeoJSON FeatureCollection with a features array');
  const reject = rejectBuilder(meta.id, file);
  const rejects: Reject[] = [];
  const points: ServicePointDraft[] = [];
  const seenIds = new Set<string>();

  features.data.features.forEach((raw, index) => {
    // one feature per line would be a guess: features are located by their position in the collection
    const ordinal = index + 1;
    const parsed = OfficeFeature.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      rejects.push(reject(ordinal, issue?.path.join('.') || '(feature)', `feature ${ordinal}: ${issue?.message ?? 'invalid'}`));
      return;
    }
    const office = parsed.data;
    if (NOT_A_COUNTER.has(office.properties.OFFICE_NAME.trim())) {
      rejects.push(reject(ordinal, 'OFFICE_NAME', `"${office.properties.OFFICE_NAME}" (${office.properties.OFFICE_ADDRESS}) is an administrative office, not a public counter`));
      return;
    }
    if (seenIds.has(office.id)) {
      rejects.push(reject(ordinal, 'id', `duplicate office id ${office.id}`));
      return;
    }
    seenIds.add(office.id);
    points.push(toDraft(office, meta));
  });

  return {
    meta,
    organizations: [SERVICE_BC],
    services: [{ id: SERVICE_BC_COUNTER, name: { en: 'Service BC in-person services' }, providerOrganizationId: SERVICE_BC.id }],
    points,
    places: [],
    enrich: [],
    rejects,
    rowsRead: features.data.features.length,
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
