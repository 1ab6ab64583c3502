import { z } from 'zod';
import type { Organization, Reject } from '../../model/schema';
import type { Adapter, ServicePointDraft, SourceMeta } from '../contract';
import { rejectBuilder } from '../errors';
import { readJsonRecords } from '../json-records';
import { provenanceFor } from '../provenance';
import { sourceFile, sourceMeta } from '../source-meta';
import { collapseWhitespace } from '../text';
import { slugPart } from '../../text/fold';

const FILE = 'community-centres.geojson';

export const VANCOUVER_COMMUNITY_CENTRES_SOURCE = 'municipal-vancouver-community-centres';

export const CITY_OF_VANCOUVER: Organization = {
  id: 'city-of-vancouver',
  name: { en: 'City of Vancouver', fr: 'Ville de Vancouver' },
  order: 'municipal',
  jurisdiction: 'Vancouver',
  url: 'https://vancouver.ca/',
};

export const VANCOUVER_COMMUNITY_CENTRE_PROGRAMS = 'vancouver-community-centre-programs';

const Centre = z.object({
  geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }).nullish(),
  properties: z.object({ name: z.string().trim().min(1), address: z.string().trim().min(1), urllink: z.string().nullish() }),
});
type Centre = z.infer<typeof Centre>;
const REQUIRED_FIELDS = ['name', 'address'];

/** Published links that point at another centre's page (PROVENANCE: Coal Harbour → West End). */
const WRONG_PAGE = new Map([['Coal Harbour', '/parks/cc/westend/']]);

/** Vancouver's community centres: street address only, no hours or phones. vancouver.ca serves https, so its http links are upgraded. */
export const vancouverCommunityCentres: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, VANCOUVER_COMMUNITY_CENTRES_SOURCE);
  const file = sourceFile(sourcesDir, meta, FILE);
  // the file is one line: features are located by their position
  const centres = readJsonRecords({ ...file, at: 'features', requiredFields: REQUIRED_FIELDS, schema: Centre, label: 'feature' });

  const reject = rejectBuilder(meta.id, file.file);
  const rejects: Reject[] = [...centres.rejects];
  const points: ServicePointDraft[] = [];
  const seenIds = new Set<string>();
  for (const { value: centre, line } of centres.records) {
    const id = `van-cc-${slugPart(centre.properties.name)}`;
    if (seenIds.has(id)) {
      rejects.push(reject(line, 'name', `duplicate centre "${centre.properties.name}"`));
      continue;
    }
    seenIds.add(id);
    points.push(toDraft(centre, id, line, meta));
  }

  return {
    meta,
    organizations: [CITY_OF_VANCOUVER],
    services: [
      {
        id: VANCOUVER_COMMUNITY_CENTRE_PROGRAMS,
        name: { en: 'Community centre programs and recreation', fr: 'Programmes et loisirs des centres communautaires' },
        providerOrganizationId: CITY_OF_VANCOUVER.id,
      },
    ],
    points,
    places: [],
    enrich: [],
    rejects,
    rowsRead: centres.recordsRead,
  };
};

function toDraft(centre: Centre, id: string, ordinal: number, meta: SourceMeta): ServicePointDraft {
  const name = collapseWhitespace(centre.properties.name);
  const url = pageOf(name, centre.properties.urllink);
  const coordinates = centre.geometry?.coordinates;
  return {
    id,
    name: { en: /\b(centre|center)\b/i.test(name) ? name : `${name} Community Centre` },
    type: 'community-centre',
    hostOrganizationId: CITY_OF_VANCOUVER.id,
    address: { lines: { en: [collapseWhitespace(centre.properties.address)] }, city: { en: 'Vancouver' }, province: 'BC' },
    ...(coordinates ? { sourceCoordinates: { lat: coordinates[1], lon: coordinates[0] } } : {}),
    hours: { format: 'none', data: {} },
    offers: [{ serviceId: VANCOUVER_COMMUNITY_CENTRE_PROGRAMS, providerOrganizationId: CITY_OF_VANCOUVER.id, mode: 'in-person' }],
    ...(url ? { url: { en: url } } : {}),
    provenance: [provenanceFor(meta, FILE, name, ordinal)],
  };
}

function pageOf(name: string, link: string | null | undefined): string | undefined {
  const match = /^https?:\/\/vancouver\.ca(\/\S*)$/i.exec(link?.trim() ?? '');
  if (!match) return undefined;
  const path = match[1] as string;
  const wrongPage = WRONG_PAGE.get(name);
  return wrongPage && path.startsWith(wrongPage) ? undefined : `https://vancouver.ca${path}`;
}
