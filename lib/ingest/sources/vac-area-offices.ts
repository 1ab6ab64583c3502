import { z } from 'zod';
import type { ProvinceCode, Reject } from '../../model/schema';
import type { Adapter, ServicePointDraft, SourceMeta } from '../contract';
import { rejectBuilder } from '../errors';
import { lineOfKey, readJsonRecords } from '../json-records';
import { VETERANS_AFFAIRS_CANADA } from '../organizations';
import { provenanceFor } from '../provenance';
import { sourceFile, sourceMeta } from '../source-meta';
import { collapseWhitespace, normalizePostalCode } from '../text';
import { matchKey, slugPart } from '../../text/fold';

const FILE = 'vac_benefits_directory_data_2019-02-22_with_area_offices.json';

/**
 * Only the `areaOffices` array is read: the file's other arrays are an older (February 2019) copy of the program data
 * that `federal-vac-benefits-directory` holds in its November 2019 version, which the catalogue imports.
 */
export const VAC_AREA_OFFICES_SOURCE = 'federal-vac-area-offices-2019';

/** What a veteran can do at an area office: the catalogue's VAC benefits point here (lib/catalogue/vac-import.ts). */
export const VAC_AREA_OFFICE_SERVICES = 'vac-area-office-services';

const Text = z.string().transform((value) => collapseWhitespace(value));
const Coordinate = z
  .string()
  .trim()
  .regex(/^-?\d{1,3}\.\d+$/, 'expected a decimal coordinate as text');
const AreaOffice = z.object({
  id: z.string().regex(/^rec\w+$/, 'expected an Airtable record id'),
  name_en: Text.pipe(z.string().min(1)),
  name_fr: Text.pipe(z.string().min(1)),
  address_en: z.string().trim().min(1),
  address_fr: z.string().trim().min(1),
  province_en: Text,
  province_fr: Text,
  lat: Coordinate,
  lng: Coordinate,
  telephone_en: z.string(),
  telephone_fr: z.string(),
  office_hours_en: z.string(),
  office_hours_fr: z.string(),
});
type AreaOffice = z.infer<typeof AreaOffice>;
const FIELDS = Object.keys(AreaOffice.shape);

const PROVINCES: Record<string, ProvinceCode> = {
  'Nova Scotia': 'NS',
  'New Brunswick': 'NB',
  'Prince Edward Island': 'PE',
  'Newfoundland and Labrador': 'NL',
  Quebec: 'QC',
  Ontario: 'ON',
  Manitoba: 'MB',
  Saskatchewan: 'SK',
  Alberta: 'AB',
  'British Columbia': 'BC',
  Yukon: 'YT',
  'Northwest Territories': 'NT',
  Nunavut: 'NU',
};
const PROVINCES_FR: Record<string, ProvinceCode> = {
  'Nouvelle-Écosse': 'NS',
  'Nouveau-Brunswick': 'NB',
  'Île-du-Prince-Édouard': 'PE',
  'Terre-Neuve-et-Labrador': 'NL',
  Québec: 'QC',
  Ontario: 'ON',
  Manitoba: 'MB',
  Saskatchewan: 'SK',
  Alberta: 'AB',
  'Colombie-Britannique': 'BC',
  Yukon: 'YT',
  'Territoires du Nord-Ouest': 'NT',
  Nunavut: 'NU',
};
/** Province names and abbreviations as they end the address strings ("Halifax, NS", "Québec (Québec)", "Prince George, B.C."). */
const PROVINCE_TAIL =
  /(?:[\s,]+\(?|\()\s*(?:N\.?S\.?|N\.?B\.?|P\.?E\.?I?\.?|N\.?L\.?|QC|Qc|ON|MB|SK|AB|B\.?C\.?|C\.-B\.|Nova Scotia|New Brunswick|Newfoundland(?: and Labrador)?|Prince Edward Island|Quebec|Ontario|Manitoba|Saskatchewan|Alberta|British Columbia|Nouvelle-Écosse|Nouveau-Brunswick|Terre-Neuve(?:-et-Labrador)?|Île-du-Prince-Édouard|Québec|Colombie-Britannique)\s*\)?$/;
const POSTAL_TAIL = /[\s,]*([A-Za-z]\d[A-Za-z])\s?(\d[A-Za-z]\d)$/;
const TOLL_FREE = /^1-8(?:00|33|44|55|66|77|88)-\d{3}-\d{4}$/;

/**
 * French address strings PROVENANCE.md lists as wrong where the checks below cannot see it (the street number and
 * postal code agree): the French page shows the English address instead. Each applies only while its text is there.
 */
const FRENCH_ADDRESS_ERRORS: Array<{ id: string; text: string; reason: string }> = [
  {
    id: 'recsVAz8ywwzt8Ziu',
    text: 'lecteurs Crawford',
    reason: '"1161 lecteurs Crawford" is a machine translation of "1161 Crawford Drive"',
  },
  { id: 'recBTEgf60gZqhZBT', text: 'Premiere etage', reason: '"Premiere etage" is misspelt (no accents) in the French address' },
  {
    id: 'recoPWk4iG3FCPvOS',
    text: 'rue Bay nord',
    reason: 'the French address says "55, rue Bay nord" where the English one says "55 Bay Street"',
  },
];

export interface ParsedAddress {
  /** street lines, without town, province or postal code */
  lines: string[];
  city: string;
  postalCode?: string;
}

/**
 * VAC area offices (2019), one service point each, for the VAC benefits' in-person channel. The English address is
 * the reference (PROVENANCE: the French strings carry errors the English do not): street, town and postal code come
 * from it, and the French lines are shown only where they agree with it (same street and suite numbers, same postal
 * code, not listed above). Phones are VAC's two national toll-free lines (stray spaces trimmed); the weekday sentence
 * goes to the vac-office-hours parser, with the federal holiday calendar (the source is federal).
 */
export const vacAreaOffices: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, VAC_AREA_OFFICES_SOURCE);
  const file = sourceFile(sourcesDir, meta, FILE);
  const offices = readJsonRecords({
    ...file,
    at: { key: 'areaOffices' },
    requiredFields: FIELDS,
    schema: AreaOffice,
    label: 'area office',
    // the file is pretty-printed: a record is located by the line of its id (Airtable ids are unique), else its position
    lineOf: lineOfKey(/"id"\s*:\s*"(rec\w+)"/, (raw) => {
      const id = (raw as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? id : undefined;
    }),
  });

  const reject = rejectBuilder(meta.id, file.file);
  const rejects: Reject[] = [...offices.rejects];
  const warnings: Reject[] = [];
  const points: ServicePointDraft[] = [];
  const seenIds = new Set<string>();

  for (const { value: office, line } of offices.records) {
    const province = PROVINCES[office.province_en];
    if (!province) {
      rejects.push(reject(line, 'province_en', `${office.name_en}: unknown province "${office.province_en}"`));
      continue;
    }
    if (PROVINCES_FR[office.province_fr] !== province) {
      rejects.push(
        reject(line, 'province_fr', `${office.name_en}: French province "${office.province_fr}" does not match "${office.province_en}"`),
      );
      continue;
    }
    const english = parseAddress(office.address_en);
    if (!english || english.lines.length === 0) {
      rejects.push(
        reject(line, 'address_en', `${office.name_en}: cannot read a street and town in "${collapseWhitespace(office.address_en)}"`),
      );
      continue;
    }
    // "Halifax Office", "Oromocto Service Location", "Owen Sound Satellite Office" → vac-halifax, vac-oromocto, vac-owen-sound
    const id = `vac-${slugPart(office.name_en.replace(/\s+(?:satellite\s+)?(?:office|service location)$/i, ''))}`;
    if (seenIds.has(id) || seenIds.has(office.id)) {
      rejects.push(reject(line, 'id', `duplicate area office ${office.id} (${office.name_en})`));
      continue;
    }
    seenIds.add(id).add(office.id);
    const warn = (field: string, reason: string) => warnings.push(reject(line, field, `${office.name_en}: ${reason}`));
    points.push(toDraft(office, id, province, english, line, warn, meta));
  }

  return {
    meta,
    organizations: [VETERANS_AFFAIRS_CANADA],
    services: [
      {
        id: VAC_AREA_OFFICE_SERVICES,
        name: { en: 'Veterans Affairs Canada area office services', fr: 'Services des bureaux de secteur d’Anciens Combattants Canada' },
        providerOrganizationId: VETERANS_AFFAIRS_CANADA.id,
      },
    ],
    points,
    places: [],
    enrich: [],
    rejects,
    warnings,
    rowsRead: offices.recordsRead,
  };
};

function toDraft(
  office: AreaOffice,
  id: string,
  province: ProvinceCode,
  english: ParsedAddress,
  line: number,
  warn: (field: string, reason: string) => void,
  meta: SourceMeta,
): ServicePointDraft {
  const french = frenchAddress(office, english, warn);
  const postalCode = english.postalCode ?? french.postalCode;
  return {
    id,
    name: { en: `Veterans Affairs Canada – ${office.name_en}`, fr: `Anciens Combattants Canada – ${office.name_fr}` },
    type: 'government-office',
    hostOrganizationId: VETERANS_AFFAIRS_CANADA.id,
    address: {
      lines: { en: english.lines, ...(french.lines ? { fr: french.lines } : {}) },
      city: { en: english.city, fr: french.city ?? english.city },
      province,
      ...(postalCode ? { postalCode } : {}),
    },
    // strings of 3–7 decimals in the source; even the coarsest (3 decimals, about 100 m) places the building's block
    sourceCoordinates: { lat: Number(office.lat), lon: Number(office.lng), placedBy: 'address' },
    phones: phonesOf(office, warn),
    hours: { format: 'vac-office-hours', data: { office_hours_en: office.office_hours_en, office_hours_fr: office.office_hours_fr } },
    offers: [{ serviceId: VAC_AREA_OFFICE_SERVICES, providerOrganizationId: VETERANS_AFFAIRS_CANADA.id, mode: 'in-person' }],
    provenance: [provenanceFor(meta, FILE, office.id, line)],
  };
}

/** The French lines and town when they agree with the English address; otherwise none (the English lines are shown). */
function frenchAddress(
  office: AreaOffice,
  english: ParsedAddress,
  warn: (field: string, reason: string) => void,
): { lines?: string[]; city?: string; postalCode?: string } {
  const french = parseAddress(office.address_fr, english.city);
  const postalCode = french?.postalCode;
  if (postalCode && english.postalCode && postalCode !== english.postalCode) {
    warn('address_fr', `French postal code ${postalCode} differs from the English ${english.postalCode}; the English one is used`);
  }
  if (!french) {
    warn('address_fr', `the French address does not end with the town "${english.city}"; the English address is shown in French too`);
    return {};
  }
  const known = FRENCH_ADDRESS_ERRORS.find((error) => error.id === office.id && office.address_fr.includes(error.text));
  if (known) {
    warn('address_fr', `${known.reason}; the English address is shown in French too`);
    return { city: french.city, ...(postalCode ? { postalCode } : {}) };
  }
  const frenchNumbers = new Set(streetNumbers(french.lines));
  const lost = streetNumbers(english.lines).filter((number) => !frenchNumbers.has(number));
  if (lost.length > 0) {
    warn(
      'address_fr',
      `the French address lacks ${lost.join(', ')} of the English one ("${french.lines.join(' / ')}"); the English address is shown in French too`,
    );
    return { city: french.city, ...(postalCode ? { postalCode } : {}) };
  }
  return { lines: french.lines, city: french.city, ...(postalCode ? { postalCode } : {}) };
}

/**
 * One free-text address ("7105 Chebucto Road, Suite 200  Halifax, NS   B3L 4W8"): the source's line breaks became runs
 * of two or more spaces. Postal code and province are taken off the end, then the town: the last part after a line
 * break or comma, or, when `town` is given (the French string, read against the English town), the last words that
 * match it without accents ("K-Wing Toronto (Ontario)", "Montréal, (Québec)"). Undefined when no town is found.
 */
export function parseAddress(address: string, town?: string): ParsedAddress | undefined {
  let rest = address.replace(/\s+$/, '');
  const postal = POSTAL_TAIL.exec(rest);
  const postalCode = postal ? normalizePostalCode(`${postal[1]} ${postal[2]}`) : undefined;
  if (postal) rest = rest.slice(0, postal.index);
  rest = rest
    .replace(/[\s,]+$/, '')
    .replace(PROVINCE_TAIL, '')
    .replace(/[\s,]+$/, '');

  let city: string | undefined;
  if (town === undefined) {
    const split = /^(.*)(?:\s{2,}|,\s*)([^,]+?)$/s.exec(rest);
    if (split) [city, rest] = [split[2]!.trim(), split[1]!];
  } else {
    const words = town.trim().split(/\s+/).length;
    const tail = new RegExp(String.raw`^(.*?)[\s,]*((?:\S+\s+){${words - 1}}\S+)$`, 's').exec(rest);
    if (tail && matchKey(tail[2]!) === matchKey(town)) [city, rest] = [tail[2]!, tail[1]!];
  }
  if (!city) return undefined;
  const lines = rest
    .split(/\s{2,}/)
    .map((part) => collapseWhitespace(part.replace(/,(?=\S)/g, ', ')).replace(/^[\s,]+|[\s,]+$/g, ''))
    .filter((part) => part !== '');
  return { lines, city: collapseWhitespace(city), ...(postalCode ? { postalCode } : {}) };
}

/** Street and suite numbers of address lines, floors left out ("5th Floor" and "5e étage", "1st Floor" and "Rez-de-chaussée"). */
function streetNumbers(lines: string[]): string[] {
  return [...lines.join(' ').matchAll(/\d+([a-zé]*)/gi)]
    .filter((match) => !/^(st|nd|rd|th|e|er|re|ème|eme)$/i.test(match[1]!))
    .map((match) => match[0]);
}

function phonesOf(office: AreaOffice, warn: (field: string, reason: string) => void): NonNullable<ServicePointDraft['phones']> {
  const lines = [
    {
      field: 'telephone_en',
      number: office.telephone_en.trim(),
      label: { en: 'Toll-free, service in English', fr: 'Sans frais, service en anglais' },
    },
    {
      field: 'telephone_fr',
      number: office.telephone_fr.trim(),
      label: { en: 'Toll-free, service in French', fr: 'Sans frais, service en français' },
    },
  ];
  const phones: NonNullable<ServicePointDraft['phones']> = [];
  for (const line of lines) {
    if (TOLL_FREE.test(line.number)) phones.push({ number: line.number, label: line.label });
    else warn(line.field, `"${line.number}" is not a toll-free number; left out`);
  }
  return phones;
}
