import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale, LocationType } from '../model/schema';
import { loadSnapshot } from '../data/snapshot';
import { getCatalogue } from '../catalogue/catalogue';
import { searchIndexFor } from './corpus';
import { search } from './engine';
import type { SearchOutcome } from './outcome';
import type { SearchIndex } from './search-index';
import { matchNeed } from './need';
import { foldText } from '../text/fold';

let index: SearchIndex;
beforeAll(() => {
  index = searchIndexFor(loadSnapshot().snapshot, getCatalogue());
});

/** A Monday, 10:00 in Toronto: the time never changes which points are listed, only their status. */
const AT = new Date('2026-11-23T15:00:00Z');

function run(q: string, near: string, lang: Locale = 'en'): SearchOutcome {
  return search(index, { q, near, lang, limit: 5, offset: 0, at: AT });
}

interface ExpectedLocation {
  /** folded substring of the point's English or French name */
  name?: string;
  type?: LocationType;
  /** folded substring of the point's town */
  city?: string;
}

interface RelevanceCase {
  query: string;
  near: string;
  lang: Locale;
  service: string;
  /**
   * null: the service has no counter, so no point is listed and the outcome says "online only"; 'offices': the program
   * has counters Guichet does not list, so no point is listed and the outcome names the gap (office finder)
   */
  location: ExpectedLocation | null | 'offices';
}

const CASES: RelevanceCase[] = [
  // exact names, EN and FR, and place variants
  { query: 'passport', near: 'K1A 0B1', lang: 'en', service: 'passport', location: { name: 'passport services', city: 'ottawa' } },
  { query: 'passeport', near: 'Montréal', lang: 'fr', service: 'passport', location: { type: 'passport-office', city: 'montreal' } },
  { query: 'passeport', near: 'Montreal', lang: 'fr', service: 'passport', location: { type: 'passport-office', city: 'montreal' } },
  { query: 'passport', near: 'H3B', lang: 'en', service: 'passport', location: { type: 'passport-office', city: 'montreal' } },
  { query: 'passport', near: 'h3b4w8', lang: 'en', service: 'passport', location: { type: 'passport-office', city: 'montreal' } },
  {
    query: 'assurance emploi',
    near: 'Trois-Rivieres',
    lang: 'fr',
    service: 'employment-insurance',
    location: { name: 'trois rivieres service canada' },
  },
  { query: 'CPP', near: '45.42,-75.69', lang: 'en', service: 'canada-pension-plan', location: { name: 'service canada', city: 'ottawa' } },
  // typos
  { query: 'pasport', near: 'k1a0b1', lang: 'en', service: 'passport', location: { type: 'service-centre', city: 'ottawa' } },
  {
    query: 'asurance emploi',
    near: 'Montréal',
    lang: 'fr',
    service: 'employment-insurance',
    location: { name: 'service canada', city: 'montreal' },
  },
  { query: 'retrait', near: 'Moncton', lang: 'fr', service: 'canada-pension-plan', location: { name: 'moncton service canada' } },
  // Quebec workers have the QPP (Retraite Québec): no counter in the snapshot, so online and phone channels answer
  { query: 'RRQ', near: 'Sherbrooke', lang: 'fr', service: 'quebec-pension-plan', location: null },
  {
    query: 'employment insurence',
    near: "St. John's",
    lang: 'en',
    service: 'employment-insurance',
    location: { name: 'service canada', city: 'st john' },
  },
  { query: 'chomage', near: 'Rimouski', lang: 'fr', service: 'employment-insurance', location: { name: 'rimouski service canada' } },
  // abbreviations
  { query: 'EI', near: 'M5V', lang: 'en', service: 'employment-insurance', location: { name: 'service canada', city: 'toronto' } },
  { query: 'AE', near: 'H2X 1Y4', lang: 'fr', service: 'employment-insurance', location: { name: 'service canada', city: 'montreal' } },
  {
    query: 'SIN',
    near: 'Vancouver',
    lang: 'en',
    service: 'social-insurance-number',
    location: { name: 'service canada', city: 'vancouver' },
  },
  { query: 'NAS', near: 'Québec', lang: 'fr', service: 'social-insurance-number', location: { type: 'service-centre', city: 'quebec' } },
  { query: 'CPP', near: 'Winnipeg', lang: 'en', service: 'canada-pension-plan', location: { name: 'service canada', city: 'winnipeg' } },
  { query: 'RPC', near: 'Sudbury', lang: 'fr', service: 'canada-pension-plan', location: { name: 'service canada', city: 'sudbury' } },
  { query: 'RPC', near: 'Gatineau', lang: 'fr', service: 'quebec-pension-plan', location: null },
  { query: 'OAS', near: 'Halifax', lang: 'en', service: 'old-age-security', location: { name: 'halifax service canada' } },
  { query: 'SV', near: 'Sherbrooke', lang: 'fr', service: 'old-age-security', location: { name: 'sherbrooke service canada' } },
  { query: 'GIS', near: 'Regina', lang: 'en', service: 'guaranteed-income-supplement', location: { name: 'regina service canada' } },
  { query: 'SRG', near: 'Moncton', lang: 'fr', service: 'guaranteed-income-supplement', location: { name: 'moncton service canada' } },
  { query: 'CCB', near: 'Calgary', lang: 'en', service: 'canada-child-benefit', location: null },
  { query: 'ACE', near: 'Laval', lang: 'fr', service: 'canada-child-benefit', location: null },
  { query: 'OHIP', near: 'Toronto', lang: 'en', service: 'ontario-health-card', location: { name: 'serviceontario', city: 'toronto' } },
  { query: 'ROE', near: 'Saskatoon', lang: 'en', service: 'employment-insurance', location: { name: 'saskatoon service canada' } },
  // plain phrases
  {
    query: 'lost my job',
    near: 'Hamilton',
    lang: 'en',
    service: 'employment-insurance',
    location: { name: 'service canada', city: 'hamilton' },
  },
  {
    query: 'perdu mon emploi',
    near: 'Trois-Rivières',
    lang: 'fr',
    service: 'employment-insurance',
    location: { name: 'trois rivieres service canada' },
  },
  {
    query: 'nouveau bébé',
    near: 'Ottawa',
    lang: 'fr',
    service: 'ei-maternity-parental-benefits',
    location: { name: 'serviceontario', city: 'ottawa' },
  },
  { query: "I'm retiring", near: 'Halifax', lang: 'en', service: 'canada-pension-plan', location: { name: 'halifax service canada' } },
  {
    query: 'old age pension',
    near: 'Charlottetown',
    lang: 'en',
    service: 'old-age-security',
    location: { name: 'charlottetown service canada' },
  },
  {
    query: 'maternity leave',
    near: 'Edmonton',
    lang: 'en',
    service: 'ei-maternity-parental-benefits',
    location: { name: 'service canada', city: 'edmonton' },
  },
  {
    query: 'congé de maternité',
    near: 'Moncton',
    lang: 'fr',
    service: 'ei-maternity-parental-benefits',
    location: { name: 'moncton service canada' },
  },
  { query: 'congé de maternité', near: 'Saguenay', lang: 'fr', service: 'quebec-parental-insurance-plan', location: null },
  {
    query: 'empreintes digitales',
    near: 'Laval',
    lang: 'fr',
    service: 'immigration-biometrics',
    location: { name: 'laval service canada' },
  },
  {
    query: 'newcomer services',
    near: 'Toronto',
    lang: 'en',
    service: 'newcomer-settlement-services',
    location: { type: 'community-agency', city: 'toronto' },
  },
  { query: 'shelter', near: 'Toronto', lang: 'en', service: 'toronto-emergency-shelter', location: { type: 'shelter', city: 'toronto' } },
  // provincial and municipal
  {
    query: 'health card',
    near: 'Toronto',
    lang: 'en',
    service: 'ontario-health-card',
    location: { name: 'serviceontario', city: 'toronto' },
  },
  {
    query: 'carte santé',
    near: 'Ottawa',
    lang: 'fr',
    service: 'ontario-health-card',
    location: { name: 'serviceontario', city: 'ottawa' },
  },
  {
    query: "driver's licence",
    near: 'Toronto',
    lang: 'en',
    service: 'ontario-drivers-licence',
    location: { name: 'serviceontario', city: 'toronto' },
  },
  {
    query: 'permis de conduire',
    near: 'Toronto',
    lang: 'fr',
    service: 'ontario-drivers-licence',
    location: { name: 'serviceontario', city: 'toronto' },
  },
  // ICBC driver licensing offices are not in the snapshot: the BC licence is found with its online channel, and the
  // answer says Guichet does not list those offices (never "online only": ICBC has counters).
  { query: "driver's licence", near: 'Vancouver', lang: 'en', service: 'bc-drivers-licence', location: 'offices' },
  {
    query: 'Service BC',
    near: 'V8W 1P6',
    lang: 'en',
    service: 'service-bc-centres',
    location: { name: 'service bc centre', city: 'victoria' },
  },
  {
    query: 'WorkBC',
    near: 'Surrey',
    lang: 'en',
    service: 'workbc-employment-services',
    location: { type: 'employment-centre', city: 'surrey' },
  },
  {
    query: 'library card',
    near: 'Toronto',
    lang: 'en',
    service: 'toronto-public-library-card',
    location: { type: 'library', name: 'toronto public library' },
  },
  {
    query: 'library card',
    near: 'M6G1L5',
    lang: 'en',
    service: 'toronto-public-library-card',
    location: { type: 'library', name: 'toronto public library' },
  },
  {
    query: 'carte de bibliothèque',
    near: 'Toronto',
    lang: 'fr',
    service: 'toronto-public-library-card',
    location: { type: 'library', name: 'toronto public library' },
  },
  {
    query: 'EarlyON',
    near: 'Toronto',
    lang: 'en',
    service: 'toronto-earlyon-centres',
    location: { type: 'child-family-centre', city: 'toronto' },
  },
];

function pointMatches(result: SearchOutcome['results'][number], expected: ExpectedLocation): boolean {
  const { point } = result;
  const names = [point.name.en, point.name.fr].filter((n): n is string => n !== undefined).map(foldText);
  const cities = [point.address.city.en, point.address.city.fr].filter((n): n is string => n !== undefined).map(foldText);
  return (
    (expected.type === undefined || point.type === expected.type) &&
    (expected.name === undefined || names.some((n) => n.includes(expected.name!))) &&
    (expected.city === undefined || cities.some((c) => c.includes(expected.city!)))
  );
}

const describeResults = (outcome: SearchOutcome): string =>
  outcome.results.map((r) => `${r.distanceKm} km ${r.point.type} ${r.point.name.en ?? r.point.name.fr}`).join('\n');

describe('relevance on the real snapshot and catalogue', () => {
  it('has enough cases in both languages', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter((c) => c.lang === 'fr').length).toBeGreaterThanOrEqual(12);
  });

  it.each(CASES)('"$query" near "$near" ($lang) → $service', ({ query, near, lang, service, location }) => {
    const outcome = run(query, near, lang);
    expect(outcome.place?.status, `place ${near}`).toBe('resolved');
    expect(outcome.services.map((s) => s.id)).toContain(service);
    if (location === null) {
      expect(outcome.results).toEqual([]);
      expect(outcome.notice).toBe('online-only');
      return;
    }
    if (location === 'offices') {
      expect(outcome.notice).not.toBe('online-only');
      expect(outcome.officeGaps?.serviceIds).toContain(service);
      return;
    }
    expect(
      outcome.results.some((result) => pointMatches(result, location)),
      describeResults(outcome),
    ).toBe(true);
  });
});

describe('precision', () => {
  it.each([
    ['EI', /^(employment-insurance|ei-.+)$/],
    ['AE', /^(employment-insurance|ei-.+)$/],
    ['NAS', /^social-insurance-number$/],
    ['SIN', /^social-insurance-number$/],
    ['OAS', /^old-age-security$/],
    ['CPP', /^(canada-pension-plan|cpp-.+)$/],
  ])('the abbreviation %s names only its own services, without fuzzy neighbours', (query, allowed) => {
    const matches = matchNeed(query, index.need);
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) expect(match.id).toMatch(allowed);
  });

  it('does not propose a BC service for an Ontario place', () => {
    for (const query of ['health card', 'welfare', 'library card', 'change of address']) {
      const ids = run(query, 'Toronto').services.map((s) => s.id);
      expect(ids.length, query).toBeGreaterThan(0);
      expect(
        ids.filter((id) => id.startsWith('bc-') || id.startsWith('vancouver-')),
        query,
      ).toEqual([]);
    }
    const bcOnly = run('BC Services Card', 'Ottawa');
    expect(bcOnly.services).toEqual([]);
    expect(bcOnly.results).toEqual([]);
  });

  it('proposes the BC service, not the Ontario one, for a BC place', () => {
    const ids = run('health card', 'Vancouver').services.map((s) => s.id);
    expect(ids.filter((id) => id.startsWith('bc-')).length).toBeGreaterThan(0);
    expect(ids).not.toContain('ontario-health-card');
  });

  it('lists no BC employment centre for a Toronto search (type matches ignore the province)', () => {
    // the same need finds them in BC: the province rule, not the need, keeps them out of Toronto's list
    expect(run('WorkBC', 'Vancouver').results.map((result) => result.point.address.province)).toContain('BC');
    expect(run('WorkBC', 'Toronto').results.filter((result) => result.point.address.province === 'BC')).toEqual([]);
  });

  it('does not propose Toronto municipal services for an Ottawa place', () => {
    // the same needs find Toronto's programs and centres in Toronto: the city rule keeps them out of Ottawa's answer
    const inToronto = run('EarlyON', 'Toronto', 'fr');
    expect(inToronto.services.map((s) => s.id)).toContain('toronto-earlyon-centres');
    expect(inToronto.results.length).toBeGreaterThan(0);
    for (const query of ['nouveau bébé', 'EarlyON']) {
      const outcome = run(query, 'Ottawa', 'fr');
      expect(
        outcome.services.map((s) => s.id).filter((id) => id.startsWith('toronto-')),
        query,
      ).toEqual([]);
      expect(
        outcome.results.filter((r) => (r.distanceKm ?? 0) > 150),
        query,
      ).toEqual([]);
    }
    expect(run('nouveau bébé', 'Ottawa', 'fr').results.length).toBeGreaterThan(0);
  });

  it('a typo does not pull in words that merely contain a similar substring ("pasport" ≠ "support")', () => {
    const matches = matchNeed('pasport', index.need);
    expect(matches.map((match) => match.id)).toContain('passport');
    for (const match of matches) expect(match.id).toMatch(/^(passport.*|emergency-assistance-abroad)$/);
  });

  it('a correctly spelled word is not also matched fuzzily ("dental" ≠ "parental", "immigr" ≠ "swimming")', () => {
    expect(matchNeed('dental', index.need).map((m) => m.id)).toEqual(['canadian-dental-care-plan']);
    expect(matchNeed('immigr', index.need).map((m) => m.id)).not.toContain('vancouver-community-centres');
  });

  it('contraction fragments carry no need ("I\'m retiring" = "retiring")', () => {
    expect(matchNeed("I'm retiring", index.need)[0]?.relevance).toBeCloseTo(matchNeed('retiring', index.need)[0]!.relevance, 2);
  });

  it('general services come before veterans-only ones for a general need ("lost my job")', () => {
    const ids = run('lost my job', 'Hamilton').services.map((s) => s.id);
    expect(ids).toContain('job-bank');
    const firstVeterans = ids.findIndex((id) => id.startsWith('vac-'));
    if (firstVeterans >= 0) expect(ids.indexOf('job-bank')).toBeLessThan(firstVeterans);
  });
});
