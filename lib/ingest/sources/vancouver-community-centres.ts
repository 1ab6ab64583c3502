import { join } from 'node:path';
import { z } from 'zod';
import type { Organization, Reject } from '../../model/schema';
import type { Adapter, ServicePointDraft, SourceMeta } from '../contract';
import { readSourceJson } from '../encoding';
import { SourceFailure, rejectBuilder } from '../errors';
import { provenanceFor } from '../provenance';
import { collapseWhitespace } from '../text';
import { slugPart } from '../../text/fold';

const FILE = 'community-centres.geojson';

export const VANCOUVER_COMMUNITY_CENTRES_META: SourceMeta = {
  id: 'municipal-vancouver-community-centres',
  title: { en: 'City of Vancouver community centres', fr: 'Centres communautaires de la Ville de Vancouver' },
  publisher: 'City of Vancouver — Park Board / community services',
  order: 'municipal',
  licence: 'Open Government Licence – Vancouver',
  sourceDate: '2024-06',
  upstreamUrl: 'https://opendata.vancouver.ca/explore/dataset/community-centres/',
  dir: 'municipal-vancouver-community-centres',
  files: [FILE],
};

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
  const meta = VANCOUVER_COMMUNITY_CENTRES_META;
  const file = `${meta.dir}/${FILE}`;
  const json = readSourceJson(join(sourcesDir, meta.dir, FILE), file);
  const collection = z.object({ features: z.array(z.unknown()) }).safeParse(json);
  if (!collection.success) throw new SourceFailure(file, 'expected a GeoJSON FeatureCollection with a features array');
  const features = collection.data.features;
  const missing = REQUIRED_FIELDS.filter(
    (field) => !features.some((feature) => field in (((feature as { properties?: object } | null)?.properties ?? {}) as object)),
  );
  if (features.length > 0 && missing.length > 0) throw new SourceFailure(file, `missing field(s): ${missing.join(', ')}`);

  const reject = rejectBuilder(meta.id, file);
  const rejects: Reject[] = [];
  const points: ServicePointDraft[] = [];
  const seenIds = new Set<string>();
  features.forEach((raw, index) => {
    const ordinal = index + 1; // the file is one line: features are located by their position
    const parsed = Centre.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      rejects.push(reject(ordinal, issue?.path.join('.') || '(feature)', `feature ${ordinal}: ${issue?.message ?? 'invalid'}`));
      return;
    }
    const id = `van-cc-${slugPart(parsed.data.properties.name)}`;
    if (seenIds.has(id)) {
      rejects.push(reject(ordinal, 'name', `duplicate centre "${parsed.data.properties.name}"`));
      return;
    }
    seenIds.add(id);
    points.push(toDraft(parsed.data, id, ordinal, meta));
  });

  return {
    meta,
    organizations: [CITY_OF_VANCOUVER],
    services: [
      { id: VANCOUVER_COMMUNITY_CENTRE_PROGRAMS, name: { en: 'Community centre programs and recreation', fr: 'Programmes et loisirs des centres communautaires' }, providerOrganizationId: CITY_OF_VANCOUVER.id },
    ],
    points,
    places: [],
    enrich: [],
    rejects,
    rowsRead: features.length,
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
