import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../model/schema';
import { loadSnapshot } from '../data/snapshot';
import { getCatalogue } from '../catalogue/catalogue';
import { isInventoryOnly } from '../catalogue/inventory-import';
import { searchIndexFor } from './corpus';
import { search } from './engine';
import type { SearchOutcome } from './outcome';
import type { SearchIndex } from './search-index';

let index: SearchIndex;
beforeAll(() => {
  index = searchIndexFor(loadSnapshot().snapshot, getCatalogue());
});

const AT = new Date('2026-11-23T15:00:00Z');
const run = (q: string, lang: Locale, near?: string): SearchOutcome =>
  search(index, { q, ...(near === undefined ? {} : { near }), lang, limit: 5, offset: 0, at: AT });

describe('services known only from the GC Service Inventory', () => {
  it.each([
    ['Trust Income Tax Returns', 'en', 'gcsi-1115'], // Canada Revenue Agency
    ['déclarations de revenus des fiducies', 'fr', 'gcsi-1115'],
    ['Authorize a Representative', 'en', 'gcsi-1098'], // Canada Revenue Agency
    ['autoriser un représentant', 'fr', 'gcsi-1098'],
    ['Townsite Management', 'en', 'gcsi-955'], // Parks Canada
    ['gestion des lotissements urbains', 'fr', 'gcsi-955'],
    ['Canada Map Office', 'en', 'gcsi-2939'], // Natural Resources Canada
    ['Bureau des cartes du Canada', 'fr', 'gcsi-2939'],
  ] as const)('"%s" (%s) finds %s first, with its department and page', (query, lang, id) => {
    const outcome = run(query, lang, lang === 'fr' ? 'Montréal' : 'Ottawa');
    expect(outcome.services[0]?.id, outcome.services.map((service) => service.id).join(', ')).toBe(id);
    const service = outcome.services[0]!;
    expect(service.organizationId).toMatch(/^gc-/);
    expect(service.channels.online?.url.en).toMatch(/^https:\/\//);
    expect(outcome.notice).not.toBe('no-match');
  });

  it.each([
    ['EI', 'en', 'employment-insurance'],
    ['AE', 'fr', 'employment-insurance'],
    ['passport', 'en', 'passport'],
    ['passeport', 'fr', 'passport'],
    ['SIN', 'en', 'social-insurance-number'],
    ['NAS', 'fr', 'social-insurance-number'],
    ['income tax return', 'en', 'income-tax-return'],
    ['dental', 'en', 'canadian-dental-care-plan'],
  ] as const)('curated services stay first: "%s" (%s) → %s', (query, lang, id) => {
    const outcome = run(query, lang, 'Toronto');
    expect(outcome.services[0]?.id).toBe(id);
    // and its in-person results are unchanged: points first, found near the person
    if (id === 'passport') expect(outcome.results.length).toBeGreaterThan(0);
  });

  it('"pension" answers with curated pension services before any inventory-only one', () => {
    const services = run('pension', 'en', 'Halifax').services;
    expect(services.length).toBeGreaterThan(0);
    expect(isInventoryOnly(services[0]!)).toBe(false);
    const firstImported = services.findIndex(isInventoryOnly);
    const lastCurated = services.map((service) => !isInventoryOnly(service)).lastIndexOf(true);
    expect(firstImported === -1 || firstImported > lastCurated).toBe(true);
    expect(services.map((service) => service.id)).toContain('canada-pension-plan');
  });

  it('an imported service never takes the place of a curated one for equal matches', () => {
    for (const query of ['EI', 'passport', 'SIN', 'CPP', 'pension', 'OAS', 'child benefit', 'work permit', 'permis de travail']) {
      const services = run(query, 'en').services;
      const firstImported = services.findIndex(isInventoryOnly);
      if (firstImported === -1) continue;
      expect(
        services.slice(firstImported).some((service) => !isInventoryOnly(service)),
        query,
      ).toBe(false);
    }
  });
});
