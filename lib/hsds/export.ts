import type { Localized, Organization, Provenance, ServicePoint, Snapshot } from '../model/schema';
import type { Schedule } from '../model/schedule';
import { GUICHET_LICENCE, licenceStatus, other, pick, recordLicence, type LicenceStatus } from './licence';
import { hsdsId } from './uuid';
import {
  CATALOGUE_TAXONOMY,
  PROFILE_TAXONOMY,
  PROFILE_TERMS,
  catalogueTaxonomyId,
  catalogueTermId,
  categoryTermId,
  profileTaxonomyId,
  profileTermId,
  type ProfileTermCode,
} from './vocabulary';

/** One flat HSDS row: the tabular fields of an HSDS table (no nested arrays). */
export type Row = Record<string, string | number | undefined>;
export type Lang = 'en' | 'fr';

export const TABLES = [
  'organizations',
  'organization_identifiers',
  'services',
  'locations',
  'service_at_locations',
  'addresses',
  'phones',
  'schedules',
  'languages',
  'accessibility',
  'taxonomies',
  'taxonomy_terms',
  'attributes',
  'metadata',
] as const;
export type TableName = (typeof TABLES)[number];
export type HsdsTables = Record<TableName, Row[]>;

/** What the export needs from the catalogue (kept structural so lib/hsds does not depend on lib/catalogue). */
export interface CatalogueInput {
  services: Array<{ id: string; name: Localized; description: Localized; categories: string[] }>;
}

export interface HsdsExport {
  lang: Lang;
  version: string;
  builtAt: string;
  tables: HsdsTables;
  /** HSDS id → redistribution status, for every organization, service, location and service_at_location */
  licences: Map<string, LicenceStatus & { licence: string; restrictedBy: string[] }>;
  /** HSDS id → Guichet id (records only) */
  guichetIds: Map<string, string>;
}

const HHMMSS = (hhmm: string): string => (hhmm === '24:00' ? '23:59:59' : `${hhmm}:00`);
const BYDAY = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

const ORDER_LABEL: Record<Organization['order'], Localized> = {
  federal: { en: 'Federal government organization', fr: 'Organisation du gouvernement fédéral' },
  provincial: { en: 'Provincial government organization', fr: 'Organisation d’un gouvernement provincial' },
  territorial: { en: 'Territorial government organization', fr: 'Organisation d’un gouvernement territorial' },
  municipal: { en: 'Municipal government organization', fr: 'Organisation municipale' },
  indigenous: { en: 'Indigenous government organization', fr: 'Organisation d’un gouvernement autochtone' },
  community: { en: 'Community organization', fr: 'Organisme communautaire' },
};

/** Weekly intervals with the daily breaks taken out (HSDS has no break field): what a consumer needs to know. */
export function effectiveWeekly(schedule: Pick<Schedule, 'weekly' | 'breaks'>): Array<{ day: number; opens: string; closes: string }> {
  const out: Array<{ day: number; opens: string; closes: string }> = [];
  for (const interval of schedule.weekly) {
    let pieces = [{ opens: interval.opens, closes: interval.closes }];
    for (const brk of schedule.breaks) {
      pieces = pieces.flatMap((p) => {
        if (brk.closes <= p.opens || brk.opens >= p.closes) return [p];
        return [
          ...(brk.opens > p.opens ? [{ opens: p.opens, closes: brk.opens }] : []),
          ...(brk.closes < p.closes ? [{ opens: brk.closes, closes: p.closes }] : []),
        ];
      });
    }
    out.push(...pieces.map((p) => ({ day: interval.day, ...p })));
  }
  return out.sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens));
}

/** Weeks of a monthly rule as RFC 5545 BYDAY: [2, 4] + Wednesday → "2WE,4WE". */
export function monthlyByDay(weeks: number[], day: number): string {
  return weeks.map((w) => `${w}${BYDAY[day]}`).join(',');
}

/**
 * Maps a snapshot (and the catalogue) to HSDS 3.0 tables, every field in `lang` with the other official language
 * in `text-<lang>` attributes. Pure: the same snapshot gives the same ids and rows.
 */
export function buildHsdsExport(snapshot: Snapshot, catalogue: CatalogueInput | undefined, lang: Lang): HsdsExport {
  const tables: HsdsTables = Object.fromEntries(TABLES.map((t) => [t, [] as Row[]])) as unknown as HsdsTables;
  const licences: HsdsExport['licences'] = new Map();
  const guichetIds = new Map<string, string>();
  const altLang: Lang = lang === 'en' ? 'fr' : 'en';
  const builtDate = snapshot.builtAt.slice(0, 10);

  const attribute = (linkEntity: string, linkId: string, code: ProfileTermCode, value: string, index = 0): void => {
    tables.attributes.push({
      id: hsdsId('attribute', `${linkEntity}:${linkId}:${code}:${index}:${value}`),
      link_id: linkId,
      taxonomy_term_id: profileTermId(code),
      link_type: code,
      link_entity: linkEntity,
      value,
    });
  };
  const altText = (entity: string, id: string, field: string, text: Localized | undefined): void => {
    if (text && text[lang] === undefined && text[altLang] !== undefined) {
      attribute(entity, id, 'text-language', `${field}=${altLang}`);
      return;
    }
    // The other language's text, even when it is the same words (a round trip must give back both).
    const alt = text ? (lang === 'fr' ? text.en : text.fr) : undefined;
    if (alt !== undefined) attribute(entity, id, altLang === 'fr' ? 'text-fr' : 'text-en', `${field}=${alt}`);
  };
  const licenceAttributes = (
    entity: string,
    id: string,
    provenance: Array<Pick<Provenance, 'sourceId' | 'licence' | 'sourceDate'>>,
  ): void => {
    const status = recordLicence(provenance);
    const licenceText = [...new Set(provenance.map((p) => p.licence))].join(' + ') || GUICHET_LICENCE;
    licences.set(id, { ...status, licence: licenceText });
    [...new Set(provenance.map((p) => p.licence))].forEach((l, i) => attribute(entity, id, 'licence', l, i));
    if (provenance.length === 0) attribute(entity, id, 'licence', GUICHET_LICENCE);
    attribute(
      entity,
      id,
      'redistribution',
      status.redistribution === 'open' ? 'open' : `restricted: ${status.reason[lang]} (${status.restrictedBy.join(', ')})`,
    );
    [...new Set(provenance.map((p) => p.sourceDate))].forEach((d, i) => attribute(entity, id, 'source-date', d, i));
  };
  const provenanceMetadata = (entity: string, id: string, provenance: Provenance[]): void => {
    provenance.forEach((p, i) => {
      tables.metadata.push({
        id: hsdsId('metadata', `${entity}:${id}:${i}`),
        resource_id: id,
        resource_type: entity,
        last_action_date: builtDate,
        last_action_type: 'imported by Guichet',
        field_name: 'record',
        previous_value: `${p.sourceId}:${p.file}${p.line !== undefined ? `:${p.line}` : ''}`,
        replacement_value: p.recordId,
        updated_by: p.sourceId,
      });
    });
  };

  // Taxonomies and terms.
  const profileTax = profileTaxonomyId();
  const catalogueTax = catalogueTaxonomyId();
  tables.taxonomies.push(
    {
      id: profileTax,
      name: PROFILE_TAXONOMY.name,
      description: PROFILE_TAXONOMY.description,
      uri: undefined,
      version: PROFILE_TAXONOMY.version,
    },
    {
      id: catalogueTax,
      name: CATALOGUE_TAXONOMY.name,
      description: CATALOGUE_TAXONOMY.description,
      uri: undefined,
      version: CATALOGUE_TAXONOMY.version,
    },
  );
  for (const term of PROFILE_TERMS) {
    tables.taxonomy_terms.push({
      id: profileTermId(term.code),
      code: term.code,
      name: term.name,
      description: term.description,
      taxonomy: PROFILE_TAXONOMY.key,
      taxonomy_id: profileTax,
      language: 'en',
    });
  }
  const categories = [...new Set((catalogue?.services ?? []).flatMap((s) => s.categories))].sort();
  for (const category of categories) {
    tables.taxonomy_terms.push({
      id: categoryTermId(category),
      code: `category:${category}`,
      name: category,
      description: `Category: ${category}`,
      taxonomy: CATALOGUE_TAXONOMY.key,
      taxonomy_id: catalogueTax,
      language: lang,
    });
  }
  const catalogueIds = new Set<string>();
  for (const service of catalogue?.services ?? []) {
    catalogueIds.add(service.id);
    const first = service.categories[0];
    tables.taxonomy_terms.push({
      id: catalogueTermId(service.id),
      code: service.id,
      name: pick(service.name, lang) ?? service.id,
      description: pick(service.description, lang) ?? service.id,
      parent_id: first ? categoryTermId(first) : undefined,
      taxonomy: CATALOGUE_TAXONOMY.key,
      taxonomy_id: catalogueTax,
      language: lang,
    });
  }

  // Organizations.
  for (const org of snapshot.organizations) {
    const id = hsdsId('organization', org.id);
    guichetIds.set(id, org.id);
    tables.organizations.push({
      id,
      name: pick(org.name, lang) ?? org.id,
      alternate_name: other(org.name, lang),
      description: `${pick(ORDER_LABEL[org.order], lang)} (${org.jurisdiction})`,
      website: org.url,
    });
    tables.organization_identifiers.push({
      id: hsdsId('organization_identifier', org.id),
      organization_id: id,
      identifier_scheme: 'guichet',
      identifier_type: 'Guichet organization id',
      identifier: org.id,
    });
    attribute('organization', id, 'record-id', org.id);
    attribute('organization', id, 'order-of-government', org.order);
    attribute('organization', id, 'jurisdiction', org.jurisdiction);
    altText('organization', id, 'name', org.name);
    licenceAttributes('organization', id, []);
  }

  // Services (offered services), with the sources of the records that deliver them.
  const salsByService = new Map<string, Snapshot['servicesAtLocations']>();
  for (const sal of snapshot.servicesAtLocations) salsByService.set(sal.serviceId, [...(salsByService.get(sal.serviceId) ?? []), sal]);
  for (const service of snapshot.services) {
    const id = hsdsId('service', service.id);
    guichetIds.set(id, service.id);
    tables.services.push({
      id,
      organization_id: hsdsId('organization', service.providerOrganizationId),
      name: pick(service.name, lang) ?? service.id,
      alternate_name: other(service.name, lang),
      status: 'active',
      last_modified: snapshot.builtAt,
    });
    attribute('service', id, 'record-id', service.id);
    altText('service', id, 'name', service.name);
    service.catalogueIds.forEach((cid, i) => {
      if (!catalogueIds.has(cid)) return;
      tables.attributes.push({
        id: hsdsId('attribute', `service:${id}:catalogue:${i}:${cid}`),
        link_id: id,
        taxonomy_term_id: catalogueTermId(cid),
        link_type: 'catalogue-service',
        link_entity: 'service',
        value: cid,
      });
    });
    const provenance = (salsByService.get(service.id) ?? []).map((s) => s.provenance);
    // A service may be redistributed when at least one of its deliveries may be.
    const open = provenance.filter((p) => licenceStatus(p.licence).redistribution === 'open');
    const unique = [...new Map((open.length > 0 ? open : provenance).map((p) => [p.sourceId, p])).values()];
    licenceAttributes('service', id, unique);
  }

  // Locations (service points) with address, phones, languages, accessibility, schedules.
  for (const point of snapshot.servicePoints) exportPoint(point);

  function exportPoint(point: ServicePoint): void {
    const id = hsdsId('location', point.id);
    guichetIds.set(id, point.id);
    const url = pick(point.url as Localized | undefined, lang);
    tables.locations.push({
      id,
      location_type: 'physical',
      url,
      organization_id: hsdsId('organization', point.hostOrganizationId),
      name: pick(point.name, lang) ?? point.id,
      alternate_name: other(point.name, lang),
      latitude: point.coordinates.lat,
      longitude: point.coordinates.lon,
      external_identifier: point.id,
      external_identifier_type: 'guichet',
    });
    altText('location', id, 'name', point.name);
    if (point.url) altText('location', id, 'url', point.url as Localized);
    attribute('location', id, 'location-type', point.type);
    attribute('location', id, 'coordinate-precision', point.coordinates.precision);
    attribute('location', id, 'coordinate-method', point.coordinates.method);
    attribute('location', id, 'time-zone', point.timeZone);
    attribute('location', id, 'holiday-calendar', point.schedule.holidays.closes ? point.schedule.holidays.calendar : 'open');
    attribute('location', id, 'host-organization', hsdsId('organization', point.hostOrganizationId));
    point.sameSiteAs.forEach((other, i) => attribute('location', id, 'same-site', hsdsId('location', other), i));
    licenceAttributes('location', id, point.provenance);
    provenanceMetadata('location', id, point.provenance);

    const lines =
      (lang === 'fr' ? (point.address.lines.fr ?? point.address.lines.en) : (point.address.lines.en ?? point.address.lines.fr)) ?? [];
    const addressId = hsdsId('address', point.id);
    tables.addresses.push({
      id: addressId,
      location_id: id,
      address_1: lines[0] ?? '',
      address_2: lines.length > 1 ? lines.slice(1).join('\n') : undefined,
      city: pick(point.address.city, lang) ?? '',
      state_province: point.address.province,
      postal_code: point.address.postalCode ?? '',
      country: 'CA',
      address_type: 'physical',
    });
    const altLines = lang === 'fr' ? point.address.lines.en : point.address.lines.fr;
    if (point.address.lines[lang] === undefined && altLines) {
      attribute('address', addressId, 'text-language', `lines=${altLang}`);
    } else if (altLines && altLines.length > 0) {
      attribute('address', addressId, altLang === 'fr' ? 'text-fr' : 'text-en', `lines=${altLines.join('\n')}`);
    }
    altText('address', addressId, 'city', point.address.city);

    point.phones.forEach((phone, i) => {
      tables.phones.push({
        id: hsdsId('phone', `${point.id}#${i}`),
        location_id: id,
        number: phone.number,
        type: 'voice',
        description: pick(phone.label, lang),
      });
    });
    for (const code of point.officialLanguages ?? []) {
      tables.languages.push({
        id: hsdsId('language', `${point.id}#${code}`),
        location_id: id,
        name: code === 'en' ? 'English' : 'French',
        code,
        note: lang === 'fr' ? 'Langue officielle de service' : 'Official language of service',
      });
    }
    const acc = point.accessibility;
    const details = [
      acc.wheelchair !== undefined ? `wheelchair=${acc.wheelchair ? 'yes' : 'no'}` : '',
      acc.signLanguage?.length ? `sign-language=${acc.signLanguage.join(',')}` : '',
      acc.parking ? `parking=${acc.parking}` : '',
    ].filter(Boolean);
    const notes = pick(acc.notes, lang);
    if (details.length > 0 || notes) {
      tables.accessibility.push({
        id: hsdsId('accessibility', point.id),
        location_id: id,
        description: notes,
        details: details.join('; ') || undefined,
      });
    }
    exportSchedule(point, id);
  }

  function scheduleRow(
    point: ServicePoint,
    locationId: string,
    key: string,
    row: Row,
    kind: 'hours' | 'closure' | 'session' | 'text',
  ): void {
    const id = hsdsId('schedule', `${point.id}#${key}`);
    tables.schedules.push({ id, location_id: locationId, ...row });
    if (kind !== 'hours') attribute('schedule', id, 'schedule-kind', kind);
  }

  function exportSchedule(point: ServicePoint, locationId: string): void {
    const s = point.schedule;
    const weekly = effectiveWeekly(s);
    // One WEEKLY row per distinct (opens, closes): MO,TU,WE 08:30–16:00.
    const groups = new Map<string, number[]>();
    for (const w of weekly) groups.set(`${w.opens}|${w.closes}`, [...(groups.get(`${w.opens}|${w.closes}`) ?? []), w.day]);
    for (const [key, days] of groups) {
      const [opens, closes] = key.split('|') as [string, string];
      scheduleRow(
        point,
        locationId,
        `weekly:${key}`,
        { freq: 'WEEKLY', wkst: 'MO', byday: days.map((d) => BYDAY[d]).join(','), opens_at: HHMMSS(opens), closes_at: HHMMSS(closes) },
        'hours',
      );
    }
    s.visitRules.forEach((rule, i) => {
      scheduleRow(
        point,
        locationId,
        `monthly:${i}`,
        {
          freq: 'MONTHLY',
          wkst: 'MO',
          byday: monthlyByDay(rule.weeks, rule.day),
          opens_at: HHMMSS(rule.opens),
          closes_at: HHMMSS(rule.closes),
        },
        'hours',
      );
    });
    s.datedVisits.forEach((visit, i) => {
      scheduleRow(
        point,
        locationId,
        `dated:${i}:${visit.date}`,
        {
          valid_from: visit.date,
          valid_to: visit.date,
          dtstart: visit.date,
          opens_at: HHMMSS(visit.opens),
          closes_at: HHMMSS(visit.closes),
          description: lang === 'fr' ? 'Visite' : 'Visit',
        },
        'hours',
      );
    });
    s.exceptions.forEach((exception, i) => {
      if (exception.kind === 'closed') {
        scheduleRow(
          point,
          locationId,
          `closure:${i}`,
          {
            valid_from: exception.from,
            valid_to: exception.to,
            description: lang === 'fr' ? 'Fermé' : 'Closed',
            notes: pick(exception.reason as Localized | undefined, lang),
          },
          'closure',
        );
      } else {
        (exception.intervals ?? []).forEach((interval, j) => {
          scheduleRow(
            point,
            locationId,
            `open:${i}:${j}`,
            {
              valid_from: exception.from,
              valid_to: exception.to ?? exception.from,
              dtstart: exception.from,
              opens_at: HHMMSS(interval.opens),
              closes_at: HHMMSS(interval.closes),
              notes: pick(exception.reason as Localized | undefined, lang),
            },
            'hours',
          );
        });
      }
    });
    s.sessions.forEach((session, i) => {
      scheduleRow(
        point,
        locationId,
        `session:${i}`,
        {
          ...(session.day ? { freq: 'WEEKLY', wkst: 'MO', byday: BYDAY[session.day] } : {}),
          ...(session.opens ? { opens_at: HHMMSS(session.opens) } : {}),
          ...(session.closes ? { closes_at: HHMMSS(session.closes) } : {}),
          description: session.text,
          notes: session.name,
        },
        'session',
      );
    });
    const text = pick(s.text as Localized | undefined, lang);
    if (text) scheduleRow(point, locationId, 'text', { description: text }, 'text');
  }

  // Services at locations: the two roles, the delivery mode, the features.
  for (const sal of snapshot.servicesAtLocations) {
    const id = hsdsId('service_at_location', sal.id);
    guichetIds.set(id, sal.id);
    tables.service_at_locations.push({ id, service_id: hsdsId('service', sal.serviceId), location_id: hsdsId('location', sal.locationId) });
    attribute('service_at_location', id, 'provider-organization', hsdsId('organization', sal.providerOrganizationId));
    attribute('service_at_location', id, 'host-organization', hsdsId('organization', sal.hostOrganizationId));
    attribute('service_at_location', id, 'delivery-mode', sal.mode);
    attribute('service_at_location', id, 'record-id', sal.id);
    sal.features.forEach((f, i) => attribute('service_at_location', id, 'service-feature', f, i));
    licenceAttributes('service_at_location', id, [sal.provenance]);
    provenanceMetadata('service_at_location', id, [sal.provenance]);
  }

  // Drop undefined cells so JSON output has no nulls.
  for (const name of TABLES) tables[name] = tables[name].map(compact);
  return { lang, version: snapshot.version, builtAt: snapshot.builtAt, tables, licences, guichetIds };
}

export function compact(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) if (v !== undefined) out[k] = v;
  return out;
}
