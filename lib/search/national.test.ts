import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../model/schema';
import { loadSnapshot, type LoadedSnapshot } from '../data/snapshot';
import { getCatalogue } from '../catalogue/catalogue';
import { searchIndexFor } from './corpus';
import { search } from './engine';
import type { SearchOutcome } from './outcome';
import type { SearchIndex } from './search-index';
import { presentOutcome } from './present';

let loaded: LoadedSnapshot;
let index: SearchIndex;
beforeAll(() => {
  loaded = loadSnapshot();
  index = searchIndexFor(loaded.snapshot, getCatalogue());
});

/** A Monday, 10:00 in Toronto. */
const AT = new Date('2026-11-23T15:00:00Z');
const run = (q: string, near: string, lang: Locale = 'en'): SearchOutcome => search(index, { q, near, lang, limit: 10, offset: 0, at: AT });
const ids = (outcome: SearchOutcome): string[] => outcome.services.map((service) => service.id);
const jurisdictionOf = (id: string): string => getCatalogue().serviceById.get(id)!.jurisdiction;

/** Federal services that give way to a province's own program, through the search engine. */
const RULES: Array<{ query: string; near: string; lang: Locale; expected: string; never: string[] }> = [
  // QPP / CPP
  { query: 'RRQ', near: 'Sherbrooke', lang: 'fr', expected: 'quebec-pension-plan', never: ['canada-pension-plan'] },
  { query: 'CPP', near: 'Montréal', lang: 'en', expected: 'quebec-pension-plan', never: ['canada-pension-plan'] },
  { query: 'RPC', near: 'Gatineau', lang: 'fr', expected: 'quebec-pension-plan', never: ['canada-pension-plan'] },
  { query: 'pension de retraite', near: 'G1R 4P5', lang: 'fr', expected: 'quebec-pension-plan', never: ['canada-pension-plan'] },
  { query: 'CPP disability', near: 'Laval', lang: 'en', expected: 'quebec-pension-plan', never: ['cpp-disability-benefits'] },
  { query: 'CPP', near: 'Ottawa', lang: 'en', expected: 'canada-pension-plan', never: ['quebec-pension-plan'] },
  { query: 'RPC', near: 'Moncton', lang: 'fr', expected: 'canada-pension-plan', never: ['quebec-pension-plan'] },
  // RQAP / EI parental — EI sickness, caregiving and regular benefits stay
  {
    query: 'congé parental',
    near: "Val-d'Or",
    lang: 'fr',
    expected: 'quebec-parental-insurance-plan',
    never: ['ei-maternity-parental-benefits'],
  },
  {
    query: 'congé parental',
    near: 'H2X 1Y4',
    lang: 'fr',
    expected: 'quebec-parental-insurance-plan',
    never: ['ei-maternity-parental-benefits'],
  },
  {
    query: 'maternity leave',
    near: 'Montreal',
    lang: 'en',
    expected: 'quebec-parental-insurance-plan',
    never: ['ei-maternity-parental-benefits'],
  },
  { query: 'congé de maladie', near: 'Montréal', lang: 'fr', expected: 'ei-sickness-benefits', never: [] },
  { query: 'assurance emploi', near: 'Trois-Rivieres', lang: 'fr', expected: 'employment-insurance', never: [] },
  {
    query: 'maternity leave',
    near: 'Edmonton',
    lang: 'en',
    expected: 'ei-maternity-parental-benefits',
    never: ['quebec-parental-insurance-plan'],
  },
  // Student aid
  {
    query: 'prêt étudiant',
    near: 'Québec',
    lang: 'fr',
    expected: 'quebec-student-financial-assistance',
    never: ['canada-student-loans-grants'],
  },
  {
    query: 'student loan',
    near: 'Montreal',
    lang: 'en',
    expected: 'quebec-student-financial-assistance',
    never: ['canada-student-loans-grants'],
  },
  {
    query: 'student loan',
    near: 'Halifax',
    lang: 'en',
    expected: 'canada-student-loans-grants',
    never: ['quebec-student-financial-assistance'],
  },
];

describe('provincial rules on federal services, through the search engine', () => {
  it.each(RULES)('"$query" near $near ($lang) → $expected, never $never', ({ query, near, lang, expected, never }) => {
    const outcome = run(query, near, lang);
    expect(outcome.place?.status).toBe('resolved');
    expect(ids(outcome)).toContain(expected);
    for (const id of never) expect(ids(outcome)).not.toContain(id);
    for (const result of outcome.results) for (const id of never) expect(result.serviceIds).not.toContain(id);
  });

  it('says which federal service was left out and why, in the page language', () => {
    const outcome = run('congé parental', 'H2X 1Y4', 'fr');
    expect(outcome.replaced).toEqual([{ serviceId: 'ei-maternity-parental-benefits', replacedBy: ['quebec-parental-insurance-plan'] }]);
    const view = presentOutcome(outcome, loaded, getCatalogue().serviceById, 'fr', AT);
    expect(view.replaced[0]?.note).toMatch(/Régime québécois d’assurance parentale/);
    expect(view.replaced[0]?.replacedBy).toEqual([
      { id: 'quebec-parental-insurance-plan', name: 'Régime québécois d’assurance parentale (RQAP)' },
    ]);
  });

  it('keeps an explicitly chosen federal service (a service page’s nearest places)', () => {
    const outcome = search(index, { q: '', near: 'Montréal', serviceId: 'canada-pension-plan', lang: 'fr', limit: 3, offset: 0, at: AT });
    expect(ids(outcome)).toEqual(['canada-pension-plan']);
  });
});

/** Known program names: never "no match", never another province's program, never the SIN for a health card. */
const DEAD_ENDS: Array<{ query: string; near: string; lang: Locale; expected: string; province: string }> = [
  { query: 'RAMQ', near: 'H2X 1Y4', lang: 'fr', expected: 'quebec-health-insurance-card', province: 'QC' },
  { query: 'carte soleil', near: 'H2X 1Y4', lang: 'fr', expected: 'quebec-health-insurance-card', province: 'QC' },
  { query: 'carte d’assurance maladie', near: 'H2X 1Y4', lang: 'fr', expected: 'quebec-health-insurance-card', province: 'QC' },
  { query: "carte d'assurance maladie", near: 'Montréal', lang: 'fr', expected: 'quebec-health-insurance-card', province: 'QC' },
  { query: 'health card', near: 'H2X 1Y4', lang: 'en', expected: 'quebec-health-insurance-card', province: 'QC' },
  { query: 'SAAQ', near: 'H2X 1Y4', lang: 'fr', expected: 'quebec-saaq-licence-registration', province: 'QC' },
  { query: 'permis de conduire', near: 'H2X 1Y4', lang: 'fr', expected: 'quebec-saaq-licence-registration', province: 'QC' },
  { query: 'aide sociale', near: 'H2X 1Y4', lang: 'fr', expected: 'quebec-social-assistance', province: 'QC' },
  { query: 'Services Québec', near: 'Rimouski', lang: 'fr', expected: 'services-quebec-offices', province: 'QC' },
  { query: 'MCP card', near: 'A1C', lang: 'en', expected: 'newfoundland-labrador-mcp', province: 'NL' },
  { query: "driver's licence", near: "St. John's", lang: 'en', expected: 'service-nl-drivers', province: 'NL' },
  { query: 'Service New Brunswick', near: 'E1C', lang: 'en', expected: 'service-new-brunswick', province: 'NB' },
  { query: 'Services Nouveau-Brunswick', near: 'Moncton', lang: 'fr', expected: 'service-new-brunswick', province: 'NB' },
  { query: 'carte d’assurance maladie', near: 'E1C', lang: 'fr', expected: 'new-brunswick-medicare', province: 'NB' },
  { query: 'Access Nova Scotia', near: 'B3H', lang: 'en', expected: 'access-nova-scotia', province: 'NS' },
  { query: 'MSI', near: 'Halifax', lang: 'en', expected: 'nova-scotia-health-card', province: 'NS' },
  { query: 'health card', near: 'C1A', lang: 'en', expected: 'pei-health-card', province: 'PE' },
  { query: 'Access PEI', near: 'Charlottetown', lang: 'en', expected: 'access-pei', province: 'PE' },
  { query: 'health card', near: 'R3C', lang: 'en', expected: 'manitoba-health-card', province: 'MB' },
  { query: 'permis de conduire', near: 'Winnipeg', lang: 'fr', expected: 'manitoba-drivers-licence', province: 'MB' },
  { query: 'SAID', near: 'S4P', lang: 'en', expected: 'saskatchewan-assured-income-disability', province: 'SK' },
  { query: 'health card', near: 'Saskatoon', lang: 'en', expected: 'saskatchewan-health-card', province: 'SK' },
  { query: 'AISH', near: 'T5J', lang: 'en', expected: 'alberta-aish', province: 'AB' },
  { query: 'AHCIP', near: 'Calgary', lang: 'en', expected: 'alberta-health-care-insurance', province: 'AB' },
  { query: "driver's licence", near: 'Edmonton', lang: 'en', expected: 'alberta-drivers-licence-id', province: 'AB' },
  { query: 'ODSP', near: 'M5V', lang: 'en', expected: 'ontario-disability-support-program', province: 'ON' },
  { query: 'POSPH', near: 'Ottawa', lang: 'fr', expected: 'ontario-disability-support-program', province: 'ON' },
  { query: 'carte d’assurance maladie', near: 'Ottawa', lang: 'fr', expected: 'ontario-health-card', province: 'ON' },
  { query: 'PharmaCare', near: 'V6B', lang: 'en', expected: 'bc-pharmacare', province: 'BC' },
  { query: 'health card', near: 'Whitehorse', lang: 'en', expected: 'yukon-health-care-card', province: 'YT' },
  { query: 'carte santé', near: 'Yellowknife', lang: 'fr', expected: 'nwt-health-care-card', province: 'NT' },
  { query: 'health card', near: 'Iqaluit', lang: 'en', expected: 'nunavut-health-care-card', province: 'NU' },
];

describe('no dead ends for known program names, in each province and territory', () => {
  it('covers every province and territory in both languages', () => {
    expect(new Set(DEAD_ENDS.map((c) => c.province)).size).toBe(13);
    expect(DEAD_ENDS.filter((c) => c.lang === 'fr').length).toBeGreaterThanOrEqual(10);
  });

  it.each(DEAD_ENDS)('"$query" near $near ($lang) → $expected', ({ query, near, lang, expected, province }) => {
    const outcome = run(query, near, lang);
    expect(outcome.place?.status, near).toBe('resolved');
    expect(outcome.origin?.province).toBe(province);
    expect(outcome.notice).not.toBe('no-match');
    expect(outcome.notice).not.toBe('not-offered-here');
    expect(ids(outcome)).toContain(expected);
    expect(ids(outcome)).not.toContain('social-insurance-number');
    // never another province's program
    for (const id of ids(outcome)) {
      const service = getCatalogue().serviceById.get(id)!;
      if (service.order === 'provincial' || service.order === 'territorial') expect(jurisdictionOf(id), id).toBe(province);
    }
  });

  it.each(DEAD_ENDS.filter((c) => !['ON', 'BC'].includes(c.province) || c.expected === 'ontario-disability-support-program'))(
    '"$query" near $near: no counter listed, so the answer links $province’s office finder or gives the online and phone channels',
    ({ query, near, lang, expected, province }) => {
      const outcome = run(query, near, lang);
      const service = getCatalogue().serviceById.get(expected)!;
      if (outcome.results.some((result) => result.serviceIds.includes(expected))) return;
      if (service.channels.offices) {
        expect(outcome.notice).not.toBe('online-only');
        expect(outcome.officeGaps).toEqual(expect.objectContaining({ province }));
        expect(outcome.officeGaps!.serviceIds).toContain(expected);
        const view = presentOutcome(outcome, loaded, getCatalogue().serviceById, lang, AT);
        expect(view.officeGaps?.finder.url).toMatch(/^https:\/\//);
        expect(view.officeGaps?.finder.jurisdiction).toBe(province);
      } else {
        expect(service.channels.online !== undefined || service.channels.phones.length > 0, expected).toBe(true);
      }
    },
  );

  it('never calls ODSP or ICBC driver licensing "online only"', () => {
    expect(run('ODSP', 'Toronto').notice).not.toBe('online-only');
    expect(run("driver's licence", 'Vancouver').notice).not.toBe('online-only');
  });

  it('does not offer a Quebec program to an Ontario resident, nor an Alberta one to a Quebec resident', () => {
    expect(ids(run('carte soleil', 'Toronto', 'fr'))).not.toContain('quebec-health-insurance-card');
    expect(ids(run('AISH', 'Montréal'))).toEqual([]);
    expect(run('AISH', 'Montréal').notice).toBe('not-offered-here');
  });
});

describe('right provider on cards', () => {
  it('shows ESDC, not IRCC, as the provider of EI at a Service Canada centre, and Service Canada as the host', () => {
    for (const [query, near, lang] of [
      ['EI', 'M5V', 'en'],
      ['NAS', 'Québec', 'fr'],
      ['CPP', 'Winnipeg', 'en'],
    ] as const) {
      const outcome = run(query, near, lang);
      const view = presentOutcome(outcome, loaded, getCatalogue().serviceById, lang, AT);
      const card = view.results.find((result) => result.host?.id === 'gc-service-canada');
      expect(card, `${query} ${near}`).toBeDefined();
      expect(card!.providers.map((provider) => provider.id)).toEqual(['gc-esdc']);
      expect(card!.providers[0]!.name).toBe(
        lang === 'fr' ? 'Emploi et Développement social Canada' : 'Employment and Social Development Canada',
      );
    }
  });

  it('shows IRCC as the provider of passports', () => {
    const outcome = run('passport', 'K1A 0B1');
    const view = presentOutcome(outcome, loaded, getCatalogue().serviceById, 'en', AT);
    expect(view.results[0]?.providers.map((provider) => provider.id)).toContain('gc-ircc');
  });
});
