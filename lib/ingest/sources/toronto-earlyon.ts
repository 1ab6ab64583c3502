import { z } from 'zod';
import type { Organization, Reject } from '../../model/schema';
import type { Adapter, ServicePointDraft, SourceMeta } from '../contract';
import { rejectBuilder } from '../errors';
import { readJsonRecords } from '../json-records';
import { provenanceFor } from '../provenance';
import { sourceFile, sourceMeta } from '../source-meta';
import { collapseWhitespace, normalizePostalCode, presentOrUndefined } from '../text';
import { slugPart } from '../../text/fold';

const FILE = 'earlyon_child_and_family_centres_4326.geojson';
/** the FeatureCollection header takes 4 lines, then one feature per line */
const FIRST_FEATURE_LINE = 5;

export const TORONTO_EARLYON_SOURCE = 'municipal-toronto-earlyon-centres';

export const TORONTO_CHILDRENS_SERVICES: Organization = {
  id: 'toronto-childrens-services',
  name: { en: "City of Toronto Children's Services" },
  order: 'municipal',
  jurisdiction: 'Toronto',
  url: 'https://www.toronto.ca/community-people/children-parenting/',
};

export const EARLYON_PROGRAMS = 'earlyon-programs';

const Properties = z.object({
  loc_id: z.number().int(),
  agency: z.string().trim().min(1),
  program_name: z.string().trim().min(1),
  address: z.string().trim().min(1),
  full_address: z.string(),
  buildingName: z.string().nullish(),
  french_language_program: z.string().nullish(),
  website: z.string().nullish(),
  phone: z.string().nullish(),
  dropinHours: z.string().nullish(),
  registeredHours: z.string().nullish(),
  virtualHours: z.string().nullish(),
});
const Feature = z.object({
  properties: Properties,
  geometry: z.object({ type: z.enum(['MultiPoint', 'Point']), coordinates: z.unknown() }).nullish(),
});
type Properties = z.infer<typeof Properties>;
const REQUIRED_FIELDS = ['loc_id', 'agency', 'program_name', 'address', 'full_address', 'dropinHours', 'registeredHours'];
const HOURS_FIELDS = ['dropinHours', 'registeredHours', 'virtualHours'] as const;

/** School boards run many centres: local public bodies, not community agencies. */
const PUBLIC_OPERATORS = /^(toronto district school board|toronto catholic district school board)$/i;

/** Hosts known to serve https; other scheme-less or http websites in this file cannot be confirmed and are dropped. */
const HTTPS_HOSTS = new Set(['www.tdsb.on.ca', 'tdsb.on.ca', 'www.tcdsb.org', 'www.the519.org', 'www.ywcatoronto.org']);

/**
 * EarlyON centres: run by agencies (the host) under the City's Children's Services, which manages the program.
 * Session times are program sessions, not counter hours (sessions overlap), passed through verbatim.
 * Named staff contacts and their e-mails are never read.
 */
export const torontoEarlyOn: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, TORONTO_EARLYON_SOURCE);
  const file = sourceFile(sourcesDir, meta, FILE);
  const features = readJsonRecords({
    ...file,
    at: 'features',
    requiredFields: REQUIRED_FIELDS,
    schema: Feature,
    label: 'feature',
    lineOf: () => (_raw, index) => FIRST_FEATURE_LINE + index,
  });

  const reject = rejectBuilder(meta.id, file.file);
  const rejects: Reject[] = [...features.rejects];
  const points: ServicePointDraft[] = [];
  const operators = new Map<string, Organization>();
  const seenIds = new Set<number>();

  for (const { value: feature, line } of features.records) {
    const centre = feature.properties;
    if (seenIds.has(centre.loc_id)) {
      rejects.push(reject(line, 'loc_id', `duplicate location id ${centre.loc_id}`));
      continue;
    }
    seenIds.add(centre.loc_id);
    const operator = operatorOf(centre.agency);
    operators.set(operator.id, operator);
    points.push(toDraft(centre, pointOf(feature.geometry?.coordinates), operator, line, meta));
  }

  return {
    meta,
    organizations: [TORONTO_CHILDRENS_SERVICES, ...operators.values()],
    services: [
      {
        id: EARLYON_PROGRAMS,
        name: { en: 'EarlyON child and family programs', fr: 'Programmes ON y va pour l’enfant et la famille' },
        providerOrganizationId: TORONTO_CHILDRENS_SERVICES.id,
      },
    ],
    points,
    places: [],
    enrich: [],
    rejects,
    rowsRead: features.recordsRead,
  };
};

function operatorOf(agency: string): Organization {
  const name = collapseWhitespace(agency);
  return {
    id: `toronto-agency-${slugPart(name)}`,
    name: { en: name },
    order: PUBLIC_OPERATORS.test(name) ? 'municipal' : 'community',
    jurisdiction: 'Toronto',
  };
}

/** The MultiPoint holds exactly one point; anything else leaves the centre to the geocoder. */
function pointOf(coordinates: unknown): { lat: number; lon: number } | undefined {
  const parsed = z.union([z.tuple([z.tuple([z.number(), z.number()])]), z.tuple([z.number(), z.number()])]).safeParse(coordinates);
  if (!parsed.success) return undefined;
  const [lon, lat] = (Array.isArray(parsed.data[0]) ? parsed.data[0] : parsed.data) as [number, number];
  return { lat, lon };
}

function toDraft(
  centre: Properties,
  point: { lat: number; lon: number } | undefined,
  operator: Organization,
  line: number,
  meta: SourceMeta,
): ServicePointDraft {
  const postalCode = normalizePostalCode(/([A-Z]\d[A-Z]\s?\d[A-Z]\d)\s*$/i.exec(centre.full_address)?.[1]);
  const building = presentOrUndefined(centre.buildingName);
  const street = collapseWhitespace(centre.address);
  const phone = phoneOf(centre.phone);
  const website = httpsWebsite(centre.website);
  const hoursData: Record<string, string> = {};
  for (const field of HOURS_FIELDS) {
    const value = presentOrUndefined(centre[field]);
    if (value !== undefined) hoursData[field] = value;
  }
  return {
    id: `earlyon-${centre.loc_id}`,
    name: { en: collapseWhitespace(centre.program_name) },
    type: 'child-family-centre',
    hostOrganizationId: operator.id,
    address: {
      lines: { en: building && building !== street ? [building, street] : [street] },
      city: { en: 'Toronto' },
      province: 'ON',
      ...(postalCode ? { postalCode } : {}),
    },
    ...(point ? { sourceCoordinates: { ...point, placedBy: 'address' as const } } : {}),
    ...(centre.french_language_program === 'Yes' ? { officialLanguages: ['fr' as const] } : {}),
    phones: phone ? [{ number: phone }] : [],
    ...(website ? { url: { en: website } } : {}),
    hours: Object.keys(hoursData).length > 0 ? { format: 'earlyon-sessions', data: hoursData } : { format: 'none', data: {} },
    offers: [{ serviceId: EARLYON_PROGRAMS, providerOrganizationId: TORONTO_CHILDRENS_SERVICES.id, mode: 'partner' }],
    provenance: [provenanceFor(meta, FILE, String(centre.loc_id), line)],
  };
}

/** "416-362-0805 X 230" → "416-362-0805 ext. 230"; the source's only two shapes. */
export function phoneOf(value: string | null | undefined): string | undefined {
  const match = /^\s*([2-9]\d{2})-([2-9]\d{2})-(\d{4})(?:\s*x\s*(\d{1,5}))?\s*$/i.exec(value ?? '');
  if (!match) return undefined;
  const [, area, exchange, lineNumber, extension] = match;
  return `${area}-${exchange}-${lineNumber}${extension ? ` ext. ${extension}` : ''}`;
}

/** Websites are mostly scheme-less ("www.mfrc.org"): kept only when https, or on a host known to serve https. */
export function httpsWebsite(value: string | null | undefined): string | undefined {
  const match = /^(?:(https?):\/\/)?([a-z0-9.-]+\.[a-z]{2,})(\/\S*)?$/i.exec((value ?? '').trim());
  if (!match) return undefined;
  const [, scheme, host, path = ''] = match;
  if (scheme?.toLowerCase() === 'https' || HTTPS_HOSTS.has((host as string).toLowerCase())) return `https://${host}${path}`;
  return undefined;
}
