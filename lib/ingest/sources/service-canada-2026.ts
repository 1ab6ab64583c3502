import { z } from 'zod';
import { ProvinceCode, type Localized, type Organization, type Reject } from '../../model/schema';
import type { Adapter, AdapterResult, ServicePointDraft } from '../contract';
import { rejectBuilder } from '../errors';
import { guessHostOrganization } from '../hosts';
import { readJsonRecords } from '../json-records';
import { IRCC, SERVICE_CANADA } from '../organizations';
import { provenanceFor } from '../provenance';
import { sourceFile, sourceMeta } from '../source-meta';
import { normalizePostalCode, toPlainText } from '../text';

const FILE = 'service_canada_offices_2026-09.json';

export const SERVICE_CANADA_2026_SOURCE = 'federal-service-canada-offices-hours-ask-canada';

export const SERVICE_IDS = {
  inPerson: 'sc-in-person',
  passport: 'passport-services',
  biometrics: 'ircc-biometrics',
} as const;

const Bilingual = z.object({ en: z.string().optional(), fr: z.string().optional() });
const Time = z.string().regex(/^\d{1,2}:\d{2}$/);
const OfficeRecord = z.object({
  id: z.string().min(1),
  kind: z.enum(['scc', 'scc-passport', 'passport', 'outreach']),
  prov: z.string(),
  name: Bilingual,
  short: Bilingual.optional(),
  lines: z.object({ en: z.array(z.string()).optional(), fr: z.array(z.string()).optional() }),
  city: Bilingual,
  lat: z.number().optional(),
  lng: z.number().optional(),
  geo: z.enum(['address', 'city', 'postal']).optional(),
  tz: z.string().optional(),
  lang: z.array(z.enum(['en', 'fr'])).optional(),
  postal: z.string().optional(),
  weekly: z.array(z.tuple([z.number().int(), Time, Time])).optional(),
  monthly: z.array(z.tuple([z.array(z.number().int()), z.number().int(), Time, Time])).optional(),
  dated: z.array(z.tuple([z.string(), Time, Time])).optional(),
  lunch: z.tuple([Time, Time]).optional(),
  closedOn: z.array(z.string()).optional(),
  closure: z.object({ from: z.string(), to: z.string().optional(), cause: Bilingual.optional() }).optional(),
  sign: z.array(z.enum(['asl', 'lsq'])).optional(),
  wheelchair: z.boolean().optional(),
  parking: z.enum(['free', 'paid']).optional(),
  pp: z.array(z.string()).optional(),
  expressDays: z.array(z.number()).optional(),
  bio: z.boolean().optional(),
  apptOnly: z.object({ phone: z.string() }).optional(),
  note: Bilingual.optional(),
});
type OfficeRecord = z.infer<typeof OfficeRecord>;

/** The 2026 crawl of the official office finder: the backbone every other Service Canada source merges into. */
export const serviceCanada2026: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, SERVICE_CANADA_2026_SOURCE);
  const location = sourceFile(sourcesDir, meta, FILE);
  // the file is one minified line: records are located by their position
  const offices = readJsonRecords({ ...location, at: 'array', schema: OfficeRecord, label: 'record' });
  const reject = rejectBuilder(meta.id, location.file);

  const rejects: Reject[] = [...offices.rejects];
  const warnings: Reject[] = [];
  const points: ServicePointDraft[] = [];
  const hostOrganizations = new Map<string, Organization>();
  const seenIds = new Set<string>();

  for (const { value: office, line } of offices.records) {
    if (seenIds.has(office.id)) {
      rejects.push(reject(line, 'id', `duplicate office id ${office.id}`));
      continue;
    }
    const province = ProvinceCode.safeParse(office.prov);
    if (!province.success) {
      rejects.push(reject(line, 'prov', `unknown province "${office.prov}" (office ${office.id})`));
      continue;
    }
    const plain = plainFieldFor((field, reason) => warnings.push(reject(line, field, `office ${office.id}: ${reason}`)));
    const name = localizedWith(plain, office.name, 'name');
    const city = localizedWith(plain, office.city, 'city');
    if (!name) {
      rejects.push(reject(line, 'name', `office ${office.id} has no name`));
      continue;
    }
    if (!city) {
      rejects.push(reject(line, 'city', `office ${office.id} has no city`));
      continue;
    }
    seenIds.add(office.id);
    const point = toDraft(office, province.data, hostOrganizations, plain, { name, city });
    point.provenance = [provenanceFor(meta, FILE, office.id)];
    points.push(point);
  }

  const result: AdapterResult = {
    meta,
    organizations: [SERVICE_CANADA, IRCC, ...hostOrganizations.values()],
    services: [
      {
        id: SERVICE_IDS.inPerson,
        name: { en: 'Service Canada in-person services', fr: 'Services en personne de Service Canada' },
        providerOrganizationId: SERVICE_CANADA.id,
      },
      { id: SERVICE_IDS.passport, name: { en: 'Passport services', fr: 'Services de passeport' }, providerOrganizationId: IRCC.id },
      {
        id: SERVICE_IDS.biometrics,
        name: {
          en: 'Biometrics collection (fingerprints and photo)',
          fr: 'Collecte des données biométriques (empreintes digitales et photo)',
        },
        providerOrganizationId: IRCC.id,
      },
    ],
    points,
    places: [],
    enrich: [],
    rejects,
    warnings,
    rowsRead: offices.recordsRead,
  };
  return result;
};

/** Reduces one field to plain text, reporting (as a warning) any markup that had to be removed. */
type PlainField = (value: string | undefined, field: string) => string | undefined;

function plainFieldFor(warn: (field: string, reason: string) => void): PlainField {
  return (value, field) => {
    if (value === undefined) return undefined;
    const { text, reduced } = toPlainText(value);
    if (reduced) warn(field, `HTML reduced to plain text: "${value.slice(0, 80)}" → "${text.slice(0, 80)}"`);
    return text === '' ? undefined : text;
  };
}

function localizedWith(
  plain: PlainField,
  value: { en?: string; fr?: string } | undefined,
  field: string,
): { en?: string; fr?: string } | undefined {
  if (!value) return undefined;
  const en = plain(value.en, `${field}.en`);
  const fr = plain(value.fr, `${field}.fr`);
  if (!en && !fr) return undefined;
  return { ...(en ? { en } : {}), ...(fr ? { fr } : {}) };
}

interface CheckedText {
  name: Localized;
  city: Localized;
}

function toDraft(
  office: OfficeRecord,
  province: ProvinceCode,
  hostOrganizations: Map<string, Organization>,
  plain: PlainField,
  { name, city }: CheckedText,
): ServicePointDraft {
  const localized = (value: { en?: string; fr?: string } | undefined, field: string) => localizedWith(plain, value, field);
  const linesEn = (office.lines.en ?? []).map((l, i) => plain(l, `lines.en.${i}`)).filter((l): l is string => !!l);
  const linesFr = (office.lines.fr ?? []).map((l, i) => plain(l, `lines.fr.${i}`)).filter((l): l is string => !!l);
  const isOutreach = office.kind === 'outreach';
  const host = isOutreach && linesEn[0] ? guessHostOrganization(linesEn[0], province, city.en ?? city.fr ?? '', linesFr[0]) : undefined;
  if (host) hostOrganizations.set(host.organization.id, host.organization);
  const hostOrganizationId = host?.organization.id ?? SERVICE_CANADA.id;

  const passportLevels = office.pp ?? [];
  const offers: ServicePointDraft['offers'] = [];
  if (office.kind !== 'passport') {
    offers.push({
      serviceId: SERVICE_IDS.inPerson,
      providerOrganizationId: SERVICE_CANADA.id,
      mode: isOutreach ? 'outreach' : 'in-person',
    });
  }
  if (passportLevels.length > 0 || office.kind === 'passport' || office.kind === 'scc-passport') {
    const express = office.expressDays ? [`express-days-${office.expressDays.join('-')}`] : [];
    offers.push({
      serviceId: SERVICE_IDS.passport,
      providerOrganizationId: IRCC.id,
      mode: isOutreach ? 'outreach' : 'partner',
      features: [...passportLevels, ...express],
    });
  }
  if (office.bio)
    offers.push({ serviceId: SERVICE_IDS.biometrics, providerOrganizationId: IRCC.id, mode: 'partner', features: ['biometrics'] });

  const note = localized(office.note, 'note');
  const postalCode = normalizePostalCode(office.postal);
  const hoursData: Record<string, unknown> = {};
  for (const key of ['weekly', 'monthly', 'dated', 'lunch', 'closedOn', 'closure'] as const) {
    if (office[key] !== undefined) hoursData[key] = office[key];
  }

  return {
    id: `sc-${office.id.toLowerCase()}`,
    name,
    type: office.kind === 'outreach' ? 'outreach-site' : office.kind === 'passport' ? 'passport-office' : 'service-centre',
    hostOrganizationId,
    address: {
      lines: { ...(linesEn.length ? { en: linesEn } : {}), ...(linesFr.length ? { fr: linesFr } : {}) },
      city,
      province,
      ...(postalCode ? { postalCode } : {}),
    },
    ...(office.lat !== undefined && office.lng !== undefined
      ? { sourceCoordinates: { lat: office.lat, lon: office.lng, ...(office.geo ? { placedBy: office.geo } : {}) } }
      : {}),
    ...(office.lang ? { officialLanguages: office.lang } : {}),
    accessibility: {
      ...(office.wheelchair !== undefined ? { wheelchair: office.wheelchair } : {}),
      ...(office.sign?.length ? { signLanguage: office.sign } : {}),
      ...(office.parking ? { parking: office.parking } : {}),
      ...(note ? { notes: note } : {}),
    },
    phones: office.apptOnly
      ? [
          {
            number: office.apptOnly.phone,
            label: { en: 'Appointments only: call to book', fr: 'Sur rendez-vous seulement : appelez pour réserver' },
          },
        ]
      : [],
    url: { en: `https://offices.service.canada.ca/en/Office/${office.id}`, fr: `https://bureaux.service.canada.ca/fr/Bureau/${office.id}` },
    hours: { format: 'service-canada', data: hoursData },
    offers,
    mergeKey: `service-canada:${office.id}`,
    provenance: [],
  };
}
