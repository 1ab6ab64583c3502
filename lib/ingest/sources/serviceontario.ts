import { z } from 'zod';
import type { LocationType, Organization, Reject } from '../../model/schema';
import type { Adapter, RawHours, ServicePointDraft, SourceMeta } from '../contract';
import { rejectBuilder } from '../errors';
import { readJsonRecords } from '../json-records';
import { SERVICEONTARIO } from '../organizations';
import { provenanceFor } from '../provenance';
import { sourceFile, sourceMeta } from '../source-meta';
import { collapseWhitespace, toPlainText } from '../text';
import { slugPart } from '../../text/fold';
import { TORONTO_PUBLIC_LIBRARY } from './toronto-library';

const FILE = 'serviceontario_locations_api_dump_2019-10.json';

export const SERVICEONTARIO_SOURCE = 'provincial-on-serviceontario-locator-2019';

export const SERVICEONTARIO_SERVICES = {
  counter: 'serviceontario-counter',
  landRegistry: 'serviceontario-land-registry',
  businessRegistry: 'serviceontario-business-registry',
  publicComputer: 'serviceontario-public-computer',
  taxOffice: 'ontario-finance-tax-office',
} as const;

export const ONTARIO_MINISTRY_OF_FINANCE: Organization = {
  id: 'on-ministry-of-finance',
  name: { en: 'Ontario Ministry of Finance', fr: 'Ministère des Finances de l’Ontario' },
  order: 'provincial',
  jurisdiction: 'ON',
  url: 'https://www.ontario.ca/page/ministry-finance',
};

const CITY_OF_LONDON: Organization = {
  id: 'on-city-of-london',
  name: { en: 'City of London' },
  order: 'municipal',
  jurisdiction: 'London',
};

const Opening = z.looseObject({ notificationMsgEn: z.string().optional(), notificationMsgFr: z.string().optional() });
const LocationRecord = z.object({
  id: z.number().int(),
  locationGuid: z.string().min(1),
  name: z.string().trim().min(1),
  city: z.string().trim().min(1),
  locationType: z.object({
    code: z.string(),
    name: z.string(),
    schedules: z.array(z.looseObject({ name: z.string().optional(), openings: z.array(Opening) })),
  }),
});
type LocationRecord = z.infer<typeof LocationRecord>;
const REQUIRED_FIELDS = ['id', 'locationGuid', 'name', 'city', 'locationType'];

/** How each location type is delivered. Partner types are other organizations' sites offering ServiceOntario self-service computers. */
interface TypeRule {
  type: LocationType;
  serviceId: string;
  /** host: ServiceOntario's own counter, a fixed organization, or the organization named in the record's label */
  host: 'serviceontario' | Organization | { namedIn: 'label'; order: 'municipal' | 'community'; kind: string };
  mode: 'in-person' | 'partner';
  fallbackName: string;
}

const TYPE_RULES: Record<string, TypeRule> = {
  // SO_SP are probably privately run counters (inferred from names, not documented): shown as ServiceOntario's, as the public sees them
  SO_CNTR: {
    type: 'service-centre',
    serviceId: SERVICEONTARIO_SERVICES.counter,
    host: 'serviceontario',
    mode: 'in-person',
    fallbackName: 'ServiceOntario',
  },
  SO_SP: {
    type: 'service-centre',
    serviceId: SERVICEONTARIO_SERVICES.counter,
    host: 'serviceontario',
    mode: 'in-person',
    fallbackName: 'ServiceOntario',
  },
  LRO: {
    type: 'land-registry-office',
    serviceId: SERVICEONTARIO_SERVICES.landRegistry,
    host: 'serviceontario',
    mode: 'in-person',
    fallbackName: 'Land Registry Office',
  },
  CPPSB: {
    type: 'government-office',
    serviceId: SERVICEONTARIO_SERVICES.businessRegistry,
    host: 'serviceontario',
    mode: 'in-person',
    fallbackName: 'ServiceOntario Business and Personal Property Security Office',
  },
  MOF: {
    type: 'government-office',
    serviceId: SERVICEONTARIO_SERVICES.taxOffice,
    host: ONTARIO_MINISTRY_OF_FINANCE,
    mode: 'in-person',
    fallbackName: 'Ministry of Finance tax office',
  },
  LIBRARY: {
    type: 'library',
    serviceId: SERVICEONTARIO_SERVICES.publicComputer,
    host: { namedIn: 'label', order: 'municipal', kind: 'library board' },
    mode: 'partner',
    fallbackName: 'Public library',
  },
  SBEC: {
    type: 'partner-site',
    serviceId: SERVICEONTARIO_SERVICES.publicComputer,
    host: { namedIn: 'label', order: 'municipal', kind: 'small business enterprise centre' },
    mode: 'partner',
    fallbackName: 'Small Business Enterprise Centre',
  },
  CFDC: {
    type: 'partner-site',
    serviceId: SERVICEONTARIO_SERVICES.publicComputer,
    host: { namedIn: 'label', order: 'community', kind: 'community futures development corporation' },
    mode: 'partner',
    fallbackName: 'Community Futures Development Corporation',
  },
  MNCPL: {
    type: 'government-office',
    serviceId: SERVICEONTARIO_SERVICES.publicComputer,
    host: CITY_OF_LONDON,
    mode: 'partner',
    fallbackName: 'City of London office',
  },
};

/**
 * ServiceOntario's 2019 locator: 882 sites of 9 types. No coordinates or postal codes (the pipeline geocodes by
 * locality); the street address is the leading part of `name`, the rest is a label. Only holiday closures, set per type.
 */
export const serviceOntario: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, SERVICEONTARIO_SOURCE);
  const dump = sourceFile(sourcesDir, meta, FILE);
  // records are located by their position in the array
  const locations = readJsonRecords({ ...dump, at: 'array', requiredFields: REQUIRED_FIELDS, schema: LocationRecord, label: 'record' });
  const reject = rejectBuilder(meta.id, dump.file);
  const rejects: Reject[] = [...locations.rejects];
  const points: ServicePointDraft[] = [];
  const organizations = new Map<string, Organization>([[SERVICEONTARIO.id, SERVICEONTARIO]]);
  const seenGuids = new Set<string>();

  for (const { value: location, line } of locations.records) {
    const rule = TYPE_RULES[location.locationType.code];
    if (!rule) {
      rejects.push(reject(line, 'locationType.code', `unknown location type "${location.locationType.code}" (record ${location.id})`));
      continue;
    }
    if (seenGuids.has(location.locationGuid)) {
      rejects.push(reject(line, 'locationGuid', `duplicate location ${location.locationGuid}`));
      continue;
    }
    const { addressLines, label } = splitName(location.name);
    const host = hostOf(rule, label, location.city);
    if (!host) {
      rejects.push(
        reject(line, 'name', `${location.locationType.code} record ${location.id} names no host organization: "${location.name}"`),
      );
      continue;
    }
    seenGuids.add(location.locationGuid);
    organizations.set(host.id, host);
    points.push(toDraft(location, rule, host, addressLines, label, meta));
  }

  const hasTaxOffice = points.some((point) => point.hostOrganizationId === ONTARIO_MINISTRY_OF_FINANCE.id);
  return {
    meta,
    organizations: [...organizations.values()],
    services: [
      {
        id: SERVICEONTARIO_SERVICES.counter,
        name: { en: 'ServiceOntario in-person services', fr: 'Services en personne de ServiceOntario' },
        providerOrganizationId: SERVICEONTARIO.id,
      },
      {
        id: SERVICEONTARIO_SERVICES.landRegistry,
        name: { en: 'Land registry services', fr: "Services d'enregistrement immobilier" },
        providerOrganizationId: SERVICEONTARIO.id,
      },
      {
        id: SERVICEONTARIO_SERVICES.businessRegistry,
        name: { en: 'Business registration and personal property security services' },
        providerOrganizationId: SERVICEONTARIO.id,
      },
      {
        id: SERVICEONTARIO_SERVICES.publicComputer,
        name: { en: 'ServiceOntario online services on a self-service public computer' },
        providerOrganizationId: SERVICEONTARIO.id,
      },
      ...(hasTaxOffice
        ? [
            {
              id: SERVICEONTARIO_SERVICES.taxOffice,
              name: { en: 'Ontario tax returns and payments (drop boxes)' },
              providerOrganizationId: ONTARIO_MINISTRY_OF_FINANCE.id,
            },
          ]
        : []),
    ],
    points,
    places: [],
    enrich: [],
    rejects,
    rowsRead: locations.recordsRead,
  };
};

const ADDRESS_PART =
  /^(unit|suite|ste|room|rm|box|p\.?\s?o\.? box|r\.?r\.?\s?#?\d|bldg|building|centre block|lower level|main floor|ground floor|grnd flr|level \d+|\d+(st|nd|rd|th) (floor|flr|fl)\b|#?[a-z]?\d+[a-z]?$|[a-z]?\d+[a-z]?\s*-\s*(suite|unit)\b|[a-z]$)/i;

/** "777 Bay  Street, Lower Level, College Park" → address ["777 Bay Street", "Lower Level"], label "College Park". */
export function splitName(name: string): { addressLines: string[]; label?: string } {
  const parts = name
    .split(',')
    .map((part) => collapseWhitespace(part))
    .filter((part) => part !== '');
  const addressLines = parts.slice(0, 1);
  let index = 1;
  while (index < parts.length && ADDRESS_PART.test(parts[index] as string)) addressLines.push(parts[index++] as string);
  const label = parts.slice(index).join(', ');
  return label === '' ? { addressLines } : { addressLines, label };
}

function hostOf(rule: TypeRule, label: string | undefined, city: string): Organization | undefined {
  if (rule.host === 'serviceontario') return SERVICEONTARIO;
  if (!('namedIn' in rule.host)) return rule.host;
  if (!label) return undefined;
  // a library label is "Board: Branch" or "Board, X Branch"; other partner labels name the organization, sometimes with " - <place> location"
  const board = label.includes(':') ? label.split(':')[0] : label.split(/,\s*(?=[^,]*\bbranch\b[^,]*$)/i)[0];
  const name = (board ?? label).replace(/\s*-\s*[^-]+ location$/i, '').trim();
  if (slugPart(name) === slugPart(TORONTO_PUBLIC_LIBRARY.name.en as string)) return TORONTO_PUBLIC_LIBRARY;
  const order = /\bfirst nation\b/i.test(name) ? 'indigenous' : rule.host.order;
  return {
    id: `on-${slugPart(rule.host.kind)}-${slugPart(name)}`,
    name: { en: name },
    order,
    jurisdiction: order === 'municipal' ? municipalityOf(name, city) : order === 'indigenous' ? name.replace(/\s+library$/i, '') : 'ON',
  };
}

/** "North Perth Public Library" → "North Perth"; when the name does not start with a place, the site's city. */
function municipalityOf(organizationName: string, city: string): string {
  const place = organizationName
    .replace(/\s+(public|county|township|municipal|union)?\s*(library|small business enterprise centre).*$/i, '')
    .trim();
  return place !== '' && place !== organizationName ? place : city;
}

function toDraft(
  location: LocationRecord,
  rule: TypeRule,
  host: Organization,
  addressLines: string[],
  label: string | undefined,
  meta: SourceMeta,
): ServicePointDraft {
  const city = collapseWhitespace(location.city);
  return {
    id: `so-${location.id}`,
    name: nameOf(location.locationType.code, rule, label, city),
    type: rule.type,
    hostOrganizationId: host.id,
    address: { lines: { en: addressLines }, city: { en: city }, province: 'ON' },
    hours: holidayClosures(location),
    offers: [
      {
        serviceId: rule.serviceId,
        providerOrganizationId: rule.serviceId === SERVICEONTARIO_SERVICES.taxOffice ? ONTARIO_MINISTRY_OF_FINANCE.id : SERVICEONTARIO.id,
        mode: rule.mode,
      },
    ],
    provenance: [provenanceFor(meta, FILE, location.locationGuid)],
  };
}

function nameOf(code: string, rule: TypeRule, label: string | undefined, city: string): ServicePointDraft['name'] {
  if (code === 'SO_CNTR' || code === 'SO_SP') {
    // a label that only repeats the city ("Sault Ste Marie") adds nothing; ServiceOntario is the brand in both languages
    const suffix = label && slugPart(label) !== slugPart(city) && !slugPart(city).startsWith(slugPart(label)) ? ` (${label})` : '';
    const name = `ServiceOntario – ${city}${suffix}`;
    return { en: name, fr: name };
  }
  return { en: label ?? `${rule.fallbackName} – ${city}` };
}

/** Type-level holiday closures, with the HTML of the notices reduced to plain text; types without any give 'none'. */
function holidayClosures(location: LocationRecord): RawHours {
  const schedules = location.locationType.schedules;
  if (schedules.length === 0) return { format: 'none', data: {} };
  return {
    format: 'serviceontario-holidays',
    data: {
      schedules: schedules.map((schedule) => ({
        ...schedule,
        openings: schedule.openings.map((opening) => ({
          ...opening,
          ...(opening.notificationMsgEn !== undefined ? { notificationMsgEn: toPlainText(opening.notificationMsgEn).text } : {}),
          ...(opening.notificationMsgFr !== undefined ? { notificationMsgFr: toPlainText(opening.notificationMsgFr).text } : {}),
        })),
      })),
    },
  };
}
