import type { LocationType, Organization, Reject } from '../../model/schema';
import type { Adapter, AdapterResult, ServicePointDraft, SourceMeta } from '../contract';
import { readCsv, type CsvRow } from '../csv';
import { rejectBuilder } from '../errors';
import { provenanceFor } from '../provenance';
import { sourceFile, sourceMeta } from '../source-meta';
import { collapseWhitespace, normalizePostalCode } from '../text';
import { slugPart } from '../../text/fold';
import { TORONTO_PUBLIC_LIBRARY } from './toronto-library';

const SHELTERS_FILE = 'housing_shelters_211.csv';
const NEWCOMERS_FILE = 'refugee_services_211.csv';

export const TORONTO_211_SOURCE = 'municipal-toronto-211-and-community-extracts-2018';

/** 211's pin for "somewhere downtown": used for confidential shelters and, wrongly, for one with a street address. */
const GENERIC_DOWNTOWN = { lat: 43.653226, lon: -79.383184 };

const GOVERNMENT_ORGANIZATIONS: Array<{ pattern: RegExp; organization: Organization }> = [
  { pattern: /^Toronto Public Library$/i, organization: TORONTO_PUBLIC_LIBRARY },
  {
    pattern: /^Toronto$/i,
    organization: {
      id: 'city-of-toronto',
      name: { en: 'City of Toronto', fr: 'Ville de Toronto' },
      order: 'municipal',
      jurisdiction: 'Toronto',
    },
  },
  {
    pattern: /^Ontario$/i,
    organization: {
      id: 'on-government-of-ontario',
      name: { en: 'Government of Ontario', fr: 'Gouvernement de l’Ontario' },
      order: 'provincial',
      jurisdiction: 'ON',
    },
  },
  {
    pattern: /^Legal Aid Ontario$/i,
    organization: {
      id: 'on-legal-aid-ontario',
      name: { en: 'Legal Aid Ontario', fr: 'Aide juridique Ontario' },
      order: 'provincial',
      jurisdiction: 'ON',
    },
  },
  {
    pattern: /^Toronto District School Board$/i,
    organization: {
      id: 'toronto-agency-toronto-district-school-board',
      name: { en: 'Toronto District School Board' },
      order: 'municipal',
      jurisdiction: 'Toronto',
    },
  },
  {
    pattern: /^Immigration and Refugee Board of Canada$/i,
    organization: {
      id: 'gc-irb',
      name: { en: 'Immigration and Refugee Board of Canada', fr: 'Commission de l’immigration et du statut de réfugié du Canada' },
      order: 'federal',
      jurisdiction: 'CA',
    },
  },
];

interface Category {
  file: string;
  serviceName: { en: string; fr: string };
  servicePrefix: string;
}
const SHELTERS: Category = {
  file: SHELTERS_FILE,
  serviceName: { en: 'Emergency shelter', fr: "Hébergement d'urgence" },
  servicePrefix: '211-shelter',
};
const NEWCOMERS: Category = {
  file: NEWCOMERS_FILE,
  serviceName: { en: 'Refugee and newcomer services', fr: 'Services aux réfugiés et aux nouveaux arrivants' },
  servicePrefix: '211-newcomer-services',
};

/**
 * Two flat 211 extracts (not HSDS). Each row is one organization's site or program; the organization hosts and
 * provides it. A record in both files (MET1254) is kept once, from the shelters file.
 */
export const toronto211: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, TORONTO_211_SOURCE);
  const result: AdapterResult = { meta, organizations: [], services: [], points: [], places: [], enrich: [], rejects: [], rowsRead: 0 };
  const organizations = new Map<string, Organization>();
  const services = new Map<string, AdapterResult['services'][number]>();
  const seen = new Map<string, string>();

  for (const category of [SHELTERS, NEWCOMERS]) {
    const location = sourceFile(sourcesDir, meta, category.file);
    const file = location.file;
    const required =
      category === SHELTERS
        ? ['ID', 'NAME', 'ADDRESS', 'LATITUDE', 'LONGITUDE', 'POSTAL']
        : ['ID', 'NAME', 'ADDRESS', 'LATITUDE', 'LONGITUDE'];
    const csv = readCsv({ ...location, requiredColumns: required });
    const reject = rejectBuilder(meta.id, file);
    const rejects: Reject[] = [...csv.rejects];
    result.rowsRead += csv.recordsRead;

    for (const row of csv.rows) {
      const { ID: id, NAME: name } = row.values;
      if (!id || !name) {
        rejects.push(reject(row.line, id ? 'NAME' : 'ID', `${id ? 'NAME' : 'ID'} is empty`));
        continue;
      }
      const earlier = seen.get(id);
      if (earlier) {
        rejects.push(reject(row.line, 'ID', `211 record ${id} already read from ${earlier}; kept once`));
        continue;
      }
      if (/\*\s*closed\b/i.test(name)) {
        rejects.push(reject(row.line, 'NAME', `211 marks this program closed: "${name}"`));
        continue;
      }
      const address = addressOf(row, category);
      if (!address.confidential && address.lines.length === 0) {
        rejects.push(reject(row.line, 'ADDRESS', 'no street address'));
        continue;
      }
      seen.set(id, `${category.file}:${row.line}`);
      const organization = organizationOf(name);
      organizations.set(organization.id, organization);
      const serviceId = `${category.servicePrefix}--${organization.id}`;
      services.set(serviceId, { id: serviceId, name: category.serviceName, providerOrganizationId: organization.id });
      result.points.push(toDraft(row, id, name, address, organization, serviceId, category, meta));
    }
    result.rejects.push(...rejects.sort((a, b) => a.line - b.line));
  }
  result.organizations = [...organizations.values()];
  result.services = [...services.values()];
  return result;
};

interface ParsedAddress {
  lines: string[];
  postalCode?: string;
  /** the shelter gives only an area ("Toronto Downtown East") */
  confidential: boolean;
}

/** "10 Gateway Blvd, Suite 104\nToronto, ON     M3C 3A1" or "Atrium on Bay\n20 Dundas St W, Suite 202\nToronto, ON …". */
function addressOf(row: CsvRow, category: Category): ParsedAddress {
  const lines = (row.values.ADDRESS ?? '')
    .split('\n')
    .map((line) => collapseWhitespace(line))
    .filter((line) => line !== '');
  const localityLine = lines.length > 1 ? lines.at(-1) : undefined;
  const postalCode = normalizePostalCode(
    category === SHELTERS ? row.values.POSTAL : /([A-Z]\d[A-Z]\s?\d[A-Z]\d)$/i.exec(localityLine ?? '')?.[1],
  );
  const streetLines = localityLine && /^Toronto\b/i.test(localityLine) ? lines.slice(0, -1) : lines;
  const confidential = streetLines.length === 1 && /^Toronto (Downtown|East|West|North|South)\b/i.test(streetLines[0] as string);
  // a confidential shelter's postal code would place it; it is left out so the point stays at city level
  if (confidential) return { lines: [], confidential };
  return { lines: streetLines, ...(postalCode ? { postalCode } : {}), confidential };
}

/** 211 names read "Organization, Site, Program"; government bodies read "Toronto. Division. Unit, Site". */
export function organizationOf(name: string): Organization {
  const head = /^([^.,]+)\.\s/.exec(name)?.[1] ?? name.split(',')[0] ?? name;
  const organizationName = collapseWhitespace(head);
  const government = GOVERNMENT_ORGANIZATIONS.find(({ pattern }) => pattern.test(organizationName));
  if (government) return government.organization;
  return {
    id: `toronto-agency-${slugPart(organizationName)}`,
    name: { en: organizationName },
    order: 'community',
    jurisdiction: 'Toronto',
  };
}

function typeOf(name: string, organization: Organization, category: Category): LocationType {
  if (category === SHELTERS || /\b(shelter|hostel)\b/i.test(name)) return 'shelter';
  if (organization.id === TORONTO_PUBLIC_LIBRARY.id) return 'library';
  if (organization.order !== 'community') return 'government-office';
  return 'community-agency';
}

function toDraft(
  row: CsvRow,
  id: string,
  name: string,
  address: ParsedAddress,
  organization: Organization,
  serviceId: string,
  category: Category,
  meta: SourceMeta,
): ServicePointDraft {
  const latitude = Number(row.values.LATITUDE);
  const longitude = Number(row.values.LONGITUDE);
  const isGenericPin = latitude === GENERIC_DOWNTOWN.lat && longitude === GENERIC_DOWNTOWN.lon;
  const hasPin =
    row.values.LATITUDE !== undefined && row.values.LONGITUDE !== undefined && Number.isFinite(latitude) && Number.isFinite(longitude);
  return {
    id: `211-${id.toLowerCase()}`,
    name: { en: collapseWhitespace(name) },
    type: typeOf(name, organization, category),
    hostOrganizationId: organization.id,
    address: {
      lines: { en: address.lines },
      city: { en: 'Toronto' },
      province: 'ON',
      ...(address.postalCode ? { postalCode: address.postalCode } : {}),
    },
    // the generic downtown pin is never a location: confidential shelters stay at city level, others are geocoded
    ...(hasPin && !isGenericPin ? { sourceCoordinates: { lat: latitude, lon: longitude } } : {}),
    hours: { format: 'none', data: {} },
    offers: [{ serviceId, providerOrganizationId: organization.id, mode: 'in-person' }],
    provenance: [provenanceFor(meta, category.file, id, row.line)],
  };
}
