import { parse } from 'csv-parse/sync';
import {
  INVENTORY_SOURCE_FOLDER,
  type ApplicationChannel,
  type ApplicationFigures,
  type CatalogueServiceInput,
  type InventoryDepartment,
  type InventoryMatch,
  type InventoryRecord,
  type Origin,
} from '../model/catalogue';

/**
 * Turns Treasury Board's GC Service Inventory (data/sources/federal-gc-service-inventory/si_2024.csv) into catalogue
 * entries. Every external (public-facing) service becomes an entry with its official bilingual name and description,
 * its owning department, its official page (https only) and the applications it received by channel. Services that
 * are the same as a curated entry are not imported again: their record is attached to that entry instead, by an
 * explicit table (data/catalogue/inventory.ts), never by guessing from names.
 *
 * The only judgements applied are ours and are tables: department → organization and default category, and the
 * matches with curated entries. Everything else is read from the file; what is left out is reported, with the reason.
 */

export const INVENTORY_FILE = 'si_2024.csv';
/** catalogue ids of imported inventory services: `gcsi-` + the inventory service id, lower case */
export const INVENTORY_ID_PREFIX = 'gcsi-';

/** Columns the import reads; a renamed or missing column fails the import. */
const COLUMNS = [
  'fiscal_yr',
  'service_id',
  'service_name_en',
  'service_name_fr',
  'service_description_en',
  'service_description_fr',
  'service_scope',
  'num_applications_online',
  'num_applications_in_person',
  'num_applications_by_phone',
  'num_applications_by_mail',
  'num_applications_by_email',
  'num_applications_by_fax',
  'num_applications_by_other',
  'num_applications_total',
  'service_uri_en',
  'service_uri_fr',
  'owner_org',
  'owner_org_title',
] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

const CHANNEL_COLUMNS: Record<ApplicationChannel, (typeof COLUMNS)[number]> = {
  online: 'num_applications_online',
  inPerson: 'num_applications_in_person',
  phone: 'num_applications_by_phone',
  mail: 'num_applications_by_mail',
  email: 'num_applications_by_email',
  fax: 'num_applications_by_fax',
  other: 'num_applications_by_other',
};

export interface InventoryImportOptions {
  /** by inventory `owner_org` code; a department missing here fails the import */
  departments: Readonly<Record<string, InventoryDepartment>>;
  /** in table order: the first record listed for a catalogue id is the one attached to it, the others are absorbed */
  matches: readonly InventoryMatch[];
}

export type DropReason =
  /** not an external service (INTERN, ENTERPRISE or CLUSTER scope only) */
  | 'internal'
  /** the same service id reported again for an earlier fiscal year: the latest year is kept */
  | 'older-fiscal-year'
  /** the same department reported the same service (same English name) under two ids */
  | 'duplicate'
  /** no English page that is a well-formed https address: the entry would give no way to reach the service */
  | 'no-https-page';

export type UrlRejection = 'not-https' | 'malformed' | 'wrong-language';

/** What a matched record brings to the entry it is attached to. */
export interface InventoryAttachment {
  record: InventoryRecord;
  page?: { en: string; fr?: string };
}

/** The import's result; plain JSON, as it is built with the data (scripts/import-catalogue.ts) and read when serving. */
export interface InventoryImport {
  /** rows in the file, and those whose scope includes EXTERN */
  rowCount: number;
  externalCount: number;
  services: CatalogueServiceInput[];
  /** records of services already in the catalogue, by catalogue id */
  attachments: Record<string, InventoryAttachment>;
  merged: Array<{ recordId: string; catalogueId: string; attached: boolean }>;
  dropped: Array<{ recordId: string; name: string; department: string; reason: DropReason; duplicateOf?: string }>;
  /** page addresses left out (the service may still be imported with the other language's page) */
  rejectedUrls: Array<{ recordId: string; language: 'en' | 'fr'; value: string; reason: UrlRejection }>;
}

/** Inventory counts are strings; "NA" (not applicable) and "ND" (no data) are not zero. */
function count(value: string): number | undefined {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function frenchTypography(text: string): string {
  return clean(text).replace(/'/g, '’');
}

/**
 * Some departments glued a note to the name, right after its abbreviation: "Canada Dental Benefit (CDB)To note: The
 * interim Canada Dental Benefit ended on June 30, 2024." The name ends at the bracket; the note goes to the description.
 */
export function splitGluedNote(name: string): { name: string; note?: string } {
  const glued = /^(.*\([A-Z][A-Za-z&]*\))([A-Z][a-z].*)$/.exec(clean(name));
  if (glued === null) return { name: clean(name) };
  return { name: glued[1]!.trim(), note: glued[2]!.trim() };
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/**
 * Drops the abbreviations of imported services that already name another entry ("CPP" is the Canada Pension Plan, not
 * the Certificate of Pharmaceutical Product): an abbreviation is matched exactly, so a shared one would tie.
 */
export function withoutTakenAbbreviations(
  imported: readonly CatalogueServiceInput[],
  others: readonly CatalogueServiceInput[],
): CatalogueServiceInput[] {
  const taken = new Set(
    others.flatMap((service) => [service.name.en, service.name.fr, ...service.synonyms.en, ...service.synonyms.fr].map(fold)),
  );
  return imported.map((service) => ({
    ...service,
    synonyms: {
      en: service.synonyms.en.filter((term) => !taken.has(fold(term))),
      fr: service.synonyms.fr.filter((term) => !taken.has(fold(term))),
    },
  }));
}

/** Placeholders departments typed where they had no page. */
const NO_PAGE = /^(n\/?a|s\.? ?o\.?|unavailable|non disponible|none|aucun|-)?$/i;

/** A page address as the inventory gives it: kept only when it is one well-formed https address in the right language. */
export function officialPage(value: string, language: 'en' | 'fr'): { url?: string; rejected?: UrlRejection } {
  const trimmed = value.trim();
  if (NO_PAGE.test(trimmed)) return {};
  if (/^http:\/\//i.test(trimmed) && !/\s/.test(trimmed)) return { rejected: 'not-https' };
  if (!/^https:\/\/\S+$/.test(trimmed)) return { rejected: 'malformed' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { rejected: 'malformed' };
  }
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) return { rejected: 'malformed' };
  // canada.ca pages carry their language in the path: an English page under /fr/ is the other language's page.
  if (url.hostname === 'www.canada.ca' && url.pathname.startsWith(language === 'en' ? '/fr/' : '/en/'))
    return { rejected: 'wrong-language' };
  return { url: trimmed };
}

/** The applications a row reports by channel; undefined when no channel has a positive count. */
export function applicationFigures(
  row: Pick<Row, (typeof CHANNEL_COLUMNS)[ApplicationChannel] | 'fiscal_yr'>,
): ApplicationFigures | undefined {
  const counts: ApplicationFigures['counts'] = {};
  for (const [channel, column] of Object.entries(CHANNEL_COLUMNS) as Array<[ApplicationChannel, keyof typeof row]>) {
    const value = count(row[column]);
    if (value !== undefined) counts[channel] = value;
  }
  if (!Object.values(counts).some((value) => value > 0)) return undefined;
  return { fiscalYear: row.fiscal_yr.trim(), counts };
}

/** Abbreviations the department put in brackets in the name ("(CSBFP)", "(ACE)"): people type them. */
function bracketedAbbreviations(name: string): string[] {
  return [
    ...new Set([...name.matchAll(/\(([A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\)/g)].map((match) => match[1]!).filter((term) => term.length <= 10)),
  ];
}

export function inventoryServiceId(recordId: string): string {
  return `${INVENTORY_ID_PREFIX}${recordId.toLowerCase()}`;
}

function readRows(csv: string | Buffer): Row[] {
  const rows = parse(csv, { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const header = Object.keys(rows[0] ?? {});
  const missing = COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) throw new Error(`GC Service Inventory: missing column(s) ${missing.join(', ')}`);
  return rows as Row[];
}

export function importServiceInventory(csv: string | Buffer, options: InventoryImportOptions): InventoryImport {
  const rows = readRows(csv);
  const result: InventoryImport = {
    rowCount: rows.length,
    externalCount: 0,
    services: [],
    attachments: {},
    merged: [],
    dropped: [],
    rejectedUrls: [],
  };
  const drop = (row: Row, reason: DropReason, duplicateOf?: string) =>
    result.dropped.push({
      recordId: row.service_id,
      name: clean(row.service_name_en),
      department: row.owner_org,
      reason,
      ...(duplicateOf === undefined ? {} : { duplicateOf }),
    });

  // External services only; one row per service id, the latest fiscal year.
  const latest = new Map<string, Row>();
  for (const row of rows) {
    if (
      !row.service_scope
        .split(',')
        .map((scope) => scope.trim())
        .includes('EXTERN')
    ) {
      drop(row, 'internal');
      continue;
    }
    result.externalCount++;
    const previous = latest.get(row.service_id);
    if (previous === undefined) latest.set(row.service_id, row);
    else if (previous.fiscal_yr < row.fiscal_yr) {
      drop(previous, 'older-fiscal-year');
      latest.set(row.service_id, row);
    } else drop(row, 'older-fiscal-year');
  }

  const matchByRecord = new Map(options.matches.map((match) => [match.recordId, match]));
  if (matchByRecord.size !== options.matches.length) throw new Error('GC Service Inventory: a record is matched twice');
  const seenNames = new Map<string, string>();
  const matchedRecords = new Map<string, InventoryAttachment>();
  for (const row of latest.values()) {
    const department = options.departments[row.owner_org];
    if (department === undefined)
      throw new Error(`GC Service Inventory: department ${row.owner_org} (${row.owner_org_title}) has no catalogue organization`);
    const pages = { en: officialPage(row.service_uri_en, 'en'), fr: officialPage(row.service_uri_fr, 'fr') };
    for (const language of ['en', 'fr'] as const) {
      const rejected = pages[language].rejected;
      if (rejected !== undefined)
        result.rejectedUrls.push({ recordId: row.service_id, language, value: row[`service_uri_${language}`], reason: rejected });
    }
    const page = pages.en.url === undefined ? undefined : { en: pages.en.url, ...(pages.fr.url === undefined ? {} : { fr: pages.fr.url }) };
    const applications = applicationFigures(row);
    const record: InventoryRecord = {
      recordId: row.service_id,
      fiscalYear: row.fiscal_yr.trim(),
      ...(applications === undefined ? {} : { applications }),
      sources: [INVENTORY_SOURCE_FOLDER],
    };

    const match = matchByRecord.get(row.service_id);
    if (match !== undefined) {
      matchedRecords.set(row.service_id, { record, ...(page === undefined ? {} : { page }) });
      continue;
    }

    const nameKey = `${row.owner_org}|${clean(row.service_name_en).toLowerCase()}`;
    const twin = seenNames.get(nameKey);
    if (twin !== undefined) {
      drop(row, 'duplicate', twin);
      continue;
    }
    seenNames.set(nameKey, row.service_id);
    if (page === undefined) {
      drop(row, 'no-https-page');
      continue;
    }

    const origin: Origin = { kind: 'imported', sourceId: INVENTORY_SOURCE_FOLDER, file: INVENTORY_FILE, recordId: row.service_id };
    const nameEn = splitGluedNote(row.service_name_en);
    const nameFr = splitGluedNote(row.service_name_fr);
    const withNote = (description: string, note: string | undefined): string =>
      note === undefined ? description : `${description} ${note}`;
    result.services.push({
      id: inventoryServiceId(row.service_id),
      name: { en: nameEn.name, fr: frenchTypography(nameFr.name) },
      description: {
        en: withNote(clean(row.service_description_en), nameEn.note),
        fr: frenchTypography(withNote(row.service_description_fr, nameFr.note)),
      },
      organizationId: department.organizationId,
      order: 'federal',
      jurisdiction: 'CA',
      categories: [department.category],
      synonyms: { en: bracketedAbbreviations(nameEn.name), fr: bracketedAbbreviations(nameFr.name) },
      lifeEventIds: [],
      channels: { online: { url: page, sources: [INVENTORY_SOURCE_FOLDER] }, phones: [] },
      sources: [INVENTORY_SOURCE_FOLDER],
      origin,
      inventory: record,
    });
  }
  // In table order: the first record listed for an entry is attached to it, the others are absorbed.
  for (const match of options.matches) {
    const matched = matchedRecords.get(match.recordId);
    if (matched === undefined)
      throw new Error(`GC Service Inventory: matched record ${match.recordId} is not an external service in the file`);
    const attached = !Object.hasOwn(result.attachments, match.catalogueId);
    if (attached) result.attachments[match.catalogueId] = matched;
    result.merged.push({ recordId: match.recordId, catalogueId: match.catalogueId, attached });
  }
  return result;
}

/**
 * Attaches the inventory records of matched services to their catalogue entries: the record (id and application
 * figures) always, the official page only where the entry has none. Fails on a match to an unknown entry.
 */
export function attachInventory(services: readonly CatalogueServiceInput[], imported: InventoryImport): CatalogueServiceInput[] {
  const known = new Set(services.map((service) => service.id));
  for (const catalogueId of Object.keys(imported.attachments)) {
    if (!known.has(catalogueId)) throw new Error(`GC Service Inventory: matched to unknown catalogue entry ${catalogueId}`);
  }
  return services.map((service) => {
    const attachment = Object.hasOwn(imported.attachments, service.id) ? imported.attachments[service.id] : undefined;
    if (attachment === undefined) return service;
    const online =
      service.channels.online ?? (attachment.page === undefined ? undefined : { url: attachment.page, sources: [INVENTORY_SOURCE_FOLDER] });
    return { ...service, channels: { ...service.channels, ...(online === undefined ? {} : { online }) }, inventory: attachment.record };
  });
}

/** True for entries that come from the inventory alone (no curated or other imported entry): they rank after the others. */
export function isInventoryOnly(service: { origin: Origin }): boolean {
  return service.origin.kind === 'imported' && service.origin.sourceId === INVENTORY_SOURCE_FOLDER;
}

export interface ChannelShare {
  channel: ApplicationChannel;
  count: number;
  /** fraction of the year's applications, 0–1 */
  share: number;
}

/** Shares of the year's applications by channel, largest first (channels with no application left out). */
export function channelShares(figures: ApplicationFigures): { total: number; channels: ChannelShare[] } {
  const entries = Object.entries(figures.counts) as Array<[ApplicationChannel, number]>;
  const total = entries.reduce((sum, [, value]) => sum + value, 0);
  const channels = entries
    .filter(([, value]) => value > 0)
    .map(([channel, value]) => ({ channel, count: value, share: value / total }))
    .sort((a, b) => b.count - a.count);
  return { total, channels };
}
