import type { Organization, Reject } from '../../model/schema';
import type { Adapter, AdapterResult, ServicePointDraft, SourceMeta } from '../contract';
import { readCsv, type CsvRow } from '../csv';
import { rejectBuilder } from '../errors';
import { provenanceFor } from '../provenance';
import { sourceFile, sourceMeta } from '../source-meta';
import { collapseWhitespace, normalizePostalCode } from '../text';

const FILE = 'workbc_service_centres_2022-11.csv';

export const WORKBC_SOURCE = 'provincial-bc-workbc-centres';

export const WORKBC: Organization = {
  id: 'bc-workbc',
  name: { en: 'WorkBC', fr: 'WorkBC' },
  order: 'provincial',
  jurisdiction: 'BC',
  url: 'https://www.workbc.ca/',
};

export const WORKBC_SERVICES = {
  centre: 'workbc-employment-services',
  apprentice: 'workbc-apprentice-services',
  assistiveTechnology: 'workbc-assistive-technology-services',
} as const;
type WorkBcProgram = keyof typeof WORKBC_SERVICES;

const PROGRAM_NAMES: Record<WorkBcProgram, { en: string; fr?: string }> = {
  centre: { en: 'WorkBC Centre', fr: 'Centre WorkBC' },
  apprentice: { en: 'WorkBC Apprentice Services' },
  assistiveTechnology: { en: 'WorkBC Assistive Technology Services' },
};

const HOURS_COLUMNS = ['Hours1', 'Hours2', 'Hours3', 'Hours4'] as const;
const REQUIRED_COLUMNS = [
  'WorkBCServiceCentreID',
  'CentreTitle',
  'Address1',
  'Address2',
  'City',
  'PostalCode',
  'Phone',
  'Email',
  'Website',
  ...HOURS_COLUMNS,
  'Latitude',
  'Longitude',
  'FrenchService',
  'LegacyURL',
];

/**
 * WorkBC centres. French pages are separate rows (LegacyURL …EnFrancais.aspx) whose FrenchService holds the English
 * row's id: they are merged into that row's `fr` fields and counted in `enrich`, never as a second point.
 * ESCCustomContent is dropped, not reduced: it is the same program blurb on every row plus a COVID iframe and, in
 * 5 rows, a <script> whose only fact (the program name) LegacyURL's /AS/ and /ATS/ folders already give.
 */
export const workbc: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, WORKBC_SOURCE);
  const location = sourceFile(sourcesDir, meta, FILE);
  const file = location.file;
  const csv = readCsv({ ...location, requiredColumns: REQUIRED_COLUMNS });
  const reject = rejectBuilder(meta.id, file);
  const rejects: Reject[] = [...csv.rejects];
  const httpsHosts = hostsSeenWithHttps(csv.rows);

  const englishRows: CsvRow[] = [];
  const frenchRows: CsvRow[] = [];
  for (const row of csv.rows) {
    const problem = missingRequiredValue(row);
    if (problem) rejects.push(reject(row.line, problem, `${problem} is empty`));
    else if (isFrenchTwin(row)) frenchRows.push(row);
    else englishRows.push(row);
  }

  const pointsById = new Map<string, ServicePointDraft>();
  for (const row of englishRows) {
    const id = row.values.WorkBCServiceCentreID as string;
    if (pointsById.has(id)) {
      rejects.push(reject(row.line, 'WorkBCServiceCentreID', `duplicate centre id ${id}`));
      continue;
    }
    pointsById.set(id, toDraft(row, meta, httpsHosts));
  }

  const enrich: AdapterResult['enrich'] = [];
  for (const row of frenchRows) {
    // the French row's FrenchService is reliable; one English row (223) points at itself instead of its twin (308)
    const englishId = row.values.FrenchService ?? '';
    const point = pointsById.get(englishId);
    if (!point) {
      rejects.push(reject(row.line, 'FrenchService', `French page whose English row "${englishId}" is not in the file`));
      continue;
    }
    const fields = mergeFrenchTwin(point, row, httpsHosts, meta);
    enrich.push({ mergeKey: point.mergeKey as string, line: row.line, fields });
  }

  rejects.sort((a, b) => a.line - b.line);
  return {
    meta,
    organizations: [WORKBC],
    services: [
      {
        id: WORKBC_SERVICES.centre,
        name: { en: 'WorkBC employment services', fr: "Services d'emploi WorkBC" },
        providerOrganizationId: WORKBC.id,
      },
      {
        id: WORKBC_SERVICES.apprentice,
        name: { en: 'WorkBC Apprentice Services (financial supports for apprentices)' },
        providerOrganizationId: WORKBC.id,
      },
      { id: WORKBC_SERVICES.assistiveTechnology, name: { en: 'WorkBC Assistive Technology Services' }, providerOrganizationId: WORKBC.id },
    ],
    points: [...pointsById.values()],
    places: [],
    enrich,
    rejects,
    rowsRead: csv.recordsRead,
  };
};

function missingRequiredValue(row: CsvRow): string | undefined {
  return (['WorkBCServiceCentreID', 'CentreTitle', 'Address1', 'City'] as const).find((column) => row.values[column] === undefined);
}

function isFrenchTwin(row: CsvRow): boolean {
  return /EnFrancais\.aspx$/i.test(row.values.LegacyURL ?? '');
}

function programOf(row: CsvRow): WorkBcProgram {
  const legacyUrl = row.values.LegacyURL ?? '';
  if (/\/WorkBC-Centres\/AS\//i.test(legacyUrl)) return 'apprentice';
  if (/\/WorkBC-Centres\/ATS\//i.test(legacyUrl)) return 'assistiveTechnology';
  return 'centre';
}

function toDraft(row: CsvRow, meta: SourceMeta, httpsHosts: Set<string>): ServicePointDraft {
  const v = row.values;
  const id = v.WorkBCServiceCentreID as string;
  const program = programOf(row);
  const title = collapseWhitespace(v.CentreTitle as string);
  const postalCode = normalizePostalCode(v.PostalCode);
  const latitude = Number(v.Latitude);
  const longitude = Number(v.Longitude);
  const website = httpsUrl(v.Website, httpsHosts);
  const email = v.Email && /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(v.Email) ? v.Email : undefined;
  const hasFrenchTwin = v.FrenchService !== undefined && v.FrenchService !== '0';
  return {
    id: `workbc-${id}`,
    name: { en: `${PROGRAM_NAMES[program].en} – ${title}` },
    type: 'employment-centre',
    hostOrganizationId: WORKBC.id,
    address: {
      lines: { en: [streetLine(v.Address1 as string), ...(v.Address2 ? [collapseWhitespace(v.Address2)] : [])] },
      city: { en: collapseWhitespace(v.City as string) },
      province: 'BC',
      ...(postalCode ? { postalCode } : {}),
    },
    ...(v.Latitude && v.Longitude && Number.isFinite(latitude) && Number.isFinite(longitude)
      ? { sourceCoordinates: { lat: latitude, lon: longitude, placedBy: 'address' as const } }
      : {}),
    officialLanguages: hasFrenchTwin ? ['en', 'fr'] : ['en'],
    phones: phonesOf(v.Phone),
    ...(email ? { email } : {}),
    ...(website ? { url: { en: website } } : {}),
    hours: { format: 'workbc-text', data: hoursData(row, '') },
    offers: [{ serviceId: WORKBC_SERVICES[program], providerOrganizationId: WORKBC.id, mode: 'in-person' }],
    mergeKey: `workbc:${id}`,
    provenance: [provenanceFor(meta, FILE, id, row.line)],
  };
}

/**
 * Adds the French row's name, page, hours, (when different) phone and provenance to its English point directly; returns
 * the merged fields for `enrich`, without provenance, which the pipeline would otherwise append a second time.
 */
function mergeFrenchTwin(point: ServicePointDraft, row: CsvRow, httpsHosts: Set<string>, meta: SourceMeta): Partial<ServicePointDraft> {
  const program = programOf(row);
  const frenchPrefix = PROGRAM_NAMES[program].fr;
  if (frenchPrefix) point.name = { ...point.name, fr: `${frenchPrefix} – ${collapseWhitespace(row.values.CentreTitle as string)}` };
  const frenchPage = httpsUrl(row.values.Website, httpsHosts);
  if (frenchPage) point.url = { ...point.url, fr: frenchPage };
  point.hours = { format: 'workbc-text', data: { ...point.hours.data, ...hoursData(row, 'fr:') } };
  const knownDigits = new Set((point.phones ?? []).map((phone) => digitsOf(phone.number)));
  const frenchPhones = phonesOf(row.values.Phone).filter((phone) => !knownDigits.has(digitsOf(phone.number)));
  point.phones = [
    ...(point.phones ?? []),
    ...frenchPhones.map((phone) => ({
      ...phone,
      label: { en: 'Number given on the French page', fr: 'Numéro indiqué sur la page en français' },
    })),
  ];
  const provenance = provenanceFor(meta, FILE, row.values.WorkBCServiceCentreID as string, row.line);
  point.provenance = [...point.provenance, provenance];
  return { name: point.name, ...(point.url ? { url: point.url } : {}), hours: point.hours, phones: point.phones };
}

/** Hours columns verbatim (NULL cells left out); the French twin's columns are keyed "fr:Hours1"… */
function hoursData(row: CsvRow, prefix: '' | 'fr:'): Record<string, string> {
  const data: Record<string, string> = {};
  for (const column of HOURS_COLUMNS) {
    const value = row.values[column];
    if (value !== undefined) data[`${prefix}${column}`] = value;
  }
  return data;
}

/** "750 Bentink Avenue," / "108 - 1688 152 Street, , BC " → tidy street line. */
function streetLine(address: string): string {
  return collapseWhitespace(address.replace(/(,\s*)+(BC)?\s*$/i, ''));
}

/**
 * WorkBC phone cells: "(604) 639-1743", "250 265-3318", "250-545-2215 ext 230", "250-286-3441 or Toll Free 1-866-286-6788",
 * "TBA". Only 10-digit North American numbers (optionally with a leading 1 and an extension) are kept.
 */
export function phonesOf(cell: string | undefined): NonNullable<ServicePointDraft['phones']> {
  if (!cell) return [];
  const phones: NonNullable<ServicePointDraft['phones']> = [];
  for (const part of cell.replace(/\u00a0/g, ' ').split(/\s+or\s+/i)) {
    const tollFree = /toll[\s-]*free/i.test(part);
    const match = /^\D*(1[\s.-]?)?\(?([2-9]\d{2})\)?[\s.-]*([2-9]\d{2})[\s.-]*(\d{4})\s*(?:(?:ext\.?|x)\s*(\d{1,5}))?\s*$/i.exec(
      part.replace(/toll[\s-]*free/i, ''),
    );
    if (!match) continue;
    const [, , area, exchange, line, extension] = match;
    const number = `${isTollFreeArea(area as string) ? '1-' : ''}${area}-${exchange}-${line}${extension ? ` ext. ${extension}` : ''}`;
    phones.push(tollFree ? { number, label: { en: 'Toll-free', fr: 'Sans frais' } } : { number });
  }
  return phones;
}

function isTollFreeArea(area: string): boolean {
  return /^8(00|33|44|55|66|77|88)$/.test(area);
}

function digitsOf(number: string): string {
  return number.replace(/\D/g, '').replace(/^1(?=\d{10})/, '');
}

/** Hosts that appear with https:// somewhere in the Website column: known to serve https, so their http links are upgraded. */
function hostsSeenWithHttps(rows: CsvRow[]): Set<string> {
  const hosts = new Set<string>();
  for (const row of rows) {
    const match = /^https:\/\/(?:www\.)?([^/\s]+)/i.exec(row.values.Website ?? '');
    if (match) hosts.add((match[1] as string).toLowerCase());
  }
  return hosts;
}

/** https links kept; http links upgraded only for hosts known to serve https; the rest dropped (contractor sites of 2022). */
function httpsUrl(value: string | undefined, httpsHosts: Set<string>): string | undefined {
  if (!value) return undefined;
  const match = /^(https?):\/\/(www\.)?([^/\s]+)(\/\S*)?$/i.exec(value.trim());
  if (!match) return undefined;
  const [, scheme, www = '', host, path = ''] = match;
  if (scheme?.toLowerCase() === 'https' || httpsHosts.has((host as string).toLowerCase())) return `https://${www}${host}${path}`;
  return undefined;
}
