import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { INVENTORY_MATCHES } from '../../data/catalogue/inventory';
import { getCatalogue, getService } from './catalogue';
import { readCatalogueImports } from './imports';
import { channelShares, isInventoryOnly, officialPage, splitGluedNote } from './inventory-import';
import { ApplicationFigures } from '../model/catalogue';

/** The real file, read independently of the importer. */
const rows = parse(readFileSync('data/sources/federal-gc-service-inventory/si_2024.csv'), { columns: true, bom: true }) as Array<
  Record<string, string>
>;
const external = new Set(rows.filter((row) => row.service_scope!.split(',').includes('EXTERN')).map((row) => row.service_id!));
const imported = readCatalogueImports('data/build').serviceInventory;
const { catalogue, serviceById } = getCatalogue();
const inventoryOnly = catalogue.services.filter(isInventoryOnly);

describe('GC Service Inventory import (real file)', () => {
  it('reads every row and keeps external services only', () => {
    expect(imported.rowCount).toBe(1752);
    expect(imported.externalCount).toBe(1597);
    expect(imported.dropped.filter((drop) => drop.reason === 'internal')).toHaveLength(155);
    for (const service of inventoryOnly) expect(external.has(service.inventory!.recordId), service.id).toBe(true);
    // internal services (ATSSC Law Library, 3595) are not in the catalogue
    expect(serviceById.has('gcsi-3595')).toBe(false);
  });

  it('accounts for every external service: imported, merged with an existing entry, or dropped with a reason', () => {
    const counts = {
      imported: inventoryOnly.length,
      merged: imported.merged.length,
      dropped: imported.dropped.filter((drop) => drop.reason !== 'internal').length,
    };
    expect(counts).toEqual({ imported: 1100, merged: 48, dropped: 449 });
    expect(counts.imported + counts.merged + counts.dropped).toBe(1597);
    const reasons = Object.fromEntries(
      ['older-fiscal-year', 'duplicate', 'no-https-page'].map((reason) => [
        reason,
        imported.dropped.filter((drop) => drop.reason === reason).length,
      ]),
    );
    expect(reasons).toEqual({ 'older-fiscal-year': 1, duplicate: 29, 'no-https-page': 419 });
  });

  it('counts services by department (top of the list)', () => {
    const byOrganization = new Map<string, number>();
    for (const service of inventoryOnly) byOrganization.set(service.organizationId, (byOrganization.get(service.organizationId) ?? 0) + 1);
    expect(byOrganization.get('gc-tc')).toBe(90);
    expect(byOrganization.get('gc-isc')).toBe(84);
    expect(byOrganization.get('gc-hc')).toBe(73);
    expect(byOrganization.get('gc-pch')).toBe(69);
    expect(byOrganization.get('gc-parks-canada')).toBe(2);
    expect(byOrganization.size).toBeGreaterThan(60);
  });

  it('gives every imported service its French name and description, its department and an https page', () => {
    for (const service of inventoryOnly) {
      expect(service.name.fr.trim(), service.id).not.toBe('');
      expect(service.description.fr.trim(), service.id).not.toBe('');
      expect(service.order).toBe('federal');
      const { url } = service.channels.online!;
      expect(url.en, service.id).toMatch(/^https:\/\/\S+$/);
      if (url.fr !== undefined) expect(url.fr, service.id).toMatch(/^https:\/\/\S+$/);
    }
    expect(serviceById.get('gcsi-1115')?.name).toEqual({
      en: 'Trust Income Tax Returns',
      fr: 'Dépôt des déclarations de revenus des fiducies',
    });
    expect(getCatalogue().organizationById.get(serviceById.get('gcsi-955')!.organizationId)?.name).toEqual({
      en: 'Parks Canada',
      fr: 'Parcs Canada',
    });
  });

  it('records the pages it leaves out, and why', () => {
    const rejected = (recordId: string) =>
      imported.rejectedUrls.filter((entry) => entry.recordId === recordId).map((entry) => `${entry.language}:${entry.reason}`);
    expect(rejected('SRV02688')).toEqual(['en:not-https', 'fr:not-https']); // http://inspection.canada.ca
    expect(rejected('1099')).toEqual(['en:malformed', 'fr:malformed']); // www.canada.ca/… without a scheme
    expect(rejected('SRV02795')).toEqual(['en:wrong-language', 'fr:wrong-language']); // EN and FR pages swapped
  });

  it('merges the curated matches instead of duplicating them (EI, CPP, passport, SIN, OAS)', () => {
    const holders = (recordId: string) =>
      catalogue.services.filter((service) => service.inventory?.recordId === recordId).map((service) => service.id);
    expect(holders('1003')).toEqual(['employment-insurance']);
    expect(holders('7')).toEqual(['canada-pension-plan']);
    expect(holders('1292')).toEqual(['social-insurance-number']);
    expect(holders('1001')).toEqual(['old-age-security']);
    expect(holders('SRV03049')).toEqual(['passport']);
    // the other passport records are absorbed, not imported
    for (const recordId of ['1242', 'SRV03050', '1003', '7', '1292', '1001'])
      expect(serviceById.has(`gcsi-${recordId.toLowerCase()}`), recordId).toBe(false);
    for (const name of [
      'Employment Insurance (EI) Benefits',
      'Canada Pension Plan (CPP) Benefits',
      'Canadian Passport',
      'Passports & Travel Documents',
    ]) {
      expect(
        inventoryOnly.filter((service) => service.name.en === name),
        name,
      ).toEqual([]);
    }
    // curated entries keep their own page, synonyms and in-person channel
    const passport = serviceById.get('passport')!;
    expect(passport.origin.kind).toBe('curated');
    expect(passport.channels.inPerson).toBeDefined();
    expect(new Set(INVENTORY_MATCHES.map((match) => match.recordId)).size).toBe(INVENTORY_MATCHES.length);
  });

  it('computes the channel figures of named real rows', () => {
    // 1003 EI: online 3,071,175; other 55,298; phone, in person, mail, email, fax "NA"
    const ei = serviceById.get('employment-insurance')!.inventory!.applications!;
    expect(ei).toEqual({ fiscalYear: '2023-2024', counts: { online: 3071175, other: 55298 } });
    expect(channelShares(ei).channels[0]).toMatchObject({ channel: 'online', count: 3071175 });
    expect(channelShares(ei).channels[0]!.share).toBeCloseTo(0.9823, 4);
    // 1292 SIN: online 838,339; in person 1,717,806; phone ND; mail 3,689; email ND; fax ND; other 337,384
    const sin = getService('social-insurance-number', 'fr')!.applications!;
    expect(sin.recordId).toBe('1292');
    expect(sin.total).toBe(2897218);
    expect(sin.channels.map((entry) => entry.channel)).toEqual(['inPerson', 'online', 'other', 'mail']);
    expect(sin.channels[0]!.share).toBeCloseTo(1717806 / 2897218, 6);
    // SRV03049 passports: in person 3,966,065; mail 1,035,716; the other channels 0
    const passport = getService('passport', 'en')!.applications!;
    expect(passport).toMatchObject({ recordId: 'SRV03049', fiscalYear: '2023-2024', total: 5001781 });
    expect(passport.channels.map((entry) => entry.channel)).toEqual(['inPerson', 'mail']);
    // an imported service: 1115 trust returns, online 168,941 and mail 173,984
    expect(getService('gcsi-1115', 'en')!.applications!.channels.map((entry) => [entry.channel, entry.count])).toEqual([
      ['mail', 173984],
      ['online', 168941],
    ]);
    // rows with no positive count (Disability Tax Credit, all 0) carry no figures
    expect(serviceById.get('disability-tax-credit')!.inventory!.applications).toBeUndefined();
    expect(getService('disability-tax-credit', 'en')!.applications).toBeUndefined();
  });

  it('moves a note glued to a name into the description', () => {
    expect(splitGluedNote('Canada Dental Benefit (CDB)To note: The interim Canada Dental Benefit ended on June 30, 2024.')).toEqual({
      name: 'Canada Dental Benefit (CDB)',
      note: 'To note: The interim Canada Dental Benefit ended on June 30, 2024.',
    });
    expect(serviceById.get('gcsi-3727')!.name.en).toBe('Canada Dental Benefit (CDB)');
    expect(splitGluedNote('Canada Small Business Financing Program (CSBFP)')).toEqual({
      name: 'Canada Small Business Financing Program (CSBFP)',
    });
  });
});

describe('officialPage', () => {
  it.each([
    ['https://www.canada.ca/en/services/benefits/ei.html', 'en', { url: 'https://www.canada.ca/en/services/benefits/ei.html' }],
    ['http://inspection.canada.ca/plant-health/eng/1.html', 'en', { rejected: 'not-https' }],
    ['www.jobbank.gc.ca', 'en', { rejected: 'malformed' }],
    ['Savings and pension plans - Canada.ca', 'en', { rejected: 'malformed' }],
    ['https://a.ca/x https://b.ca/y', 'en', { rejected: 'malformed' }],
    ['https://www.canada.ca/fr/service-canadien-appui-tribunaux- administratifs/coordonnees.html', 'fr', { rejected: 'malformed' }],
    ['https://www.canada.ca/en/x.html', 'fr', { rejected: 'wrong-language' }],
    ['N/A', 'en', {}],
    ['S. O.', 'fr', {}],
    ['', 'en', {}],
  ] as const)('%s (%s)', (value, language, expected) => {
    expect(officialPage(value, language)).toEqual(expected);
  });
});

describe('ApplicationFigures', () => {
  it('accepts counts of a fiscal year and rejects malformed ones', () => {
    expect(ApplicationFigures.safeParse({ fiscalYear: '2023-2024', counts: { online: 5, mail: 0 } }).success).toBe(true);
    expect(ApplicationFigures.safeParse({ fiscalYear: '2023-2025', counts: { online: 5 } }).success).toBe(false);
    expect(ApplicationFigures.safeParse({ fiscalYear: '2023-2024', counts: { online: -1 } }).success).toBe(false);
    expect(ApplicationFigures.safeParse({ fiscalYear: '2023-2024', counts: { online: 0 } }).success).toBe(false);
    expect(ApplicationFigures.safeParse({ fiscalYear: '2023-2024', counts: { pigeon: 3 } }).success).toBe(false);
  });
});
