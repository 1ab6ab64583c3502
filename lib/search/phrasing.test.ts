import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale, LocationType } from '../model/schema';
import { loadSnapshot, type LoadedSnapshot } from '../data/snapshot';
import { getCatalogue } from '../catalogue/catalogue';
import { searchIndexFor } from './corpus';
import { search } from './engine';
import type { SearchOutcome } from './outcome';
import { ORDERS, type SearchIndex } from './search-index';
import { foldText } from '../text/fold';
import { presentOutcome } from './present';

/**
 * Needs as people say them (issue 13) and a place given alone (issue 12), on the real snapshot and catalogue:
 * organizations by name, abbreviation and misspelling; French and colloquial phrasing; direct matches before related
 * ones; a kind of place first when the query names it; a place alone lists what is near.
 */
let loaded: LoadedSnapshot;
let index: SearchIndex;
beforeAll(() => {
  loaded = loadSnapshot();
  index = searchIndexFor(loaded.snapshot, getCatalogue());
});

/** A Monday, 10:00 in Toronto. */
const AT = new Date('2026-11-23T15:00:00Z');
const run = (q: string, near: string | undefined, lang: Locale, limit = 5): SearchOutcome =>
  search(index, { q, ...(near === undefined ? {} : { near }), lang, limit, offset: 0, at: AT });
const folded = (text: string | undefined): string => foldText(text ?? '');
const describeResults = (outcome: SearchOutcome): string =>
  `${outcome.notice ?? ''} ${outcome.services.map((s) => s.id).join(', ')}\n` +
  outcome.results.map((r) => `${r.distanceKm} km ${r.point.type} ${r.point.name.en ?? r.point.name.fr}`).join('\n');

interface OrganizationCase {
  query: string;
  near: string;
  lang: Locale;
  organization: string;
  /** the first result: its type, a folded substring of its name or town, and how far at most */
  first?: { type?: LocationType; name?: string; maxKm?: number };
  /** folded substrings of names that must all be among the first five results */
  alsoListed?: string[];
  /** the organization has no counter listed: no result, and this notice */
  noCounters?: { notice: NonNullable<SearchOutcome['notice']>; service: string };
}

const ORGANIZATIONS: OrganizationCase[] = [
  // all points of the organization, nearest first, outreach sites included
  {
    query: 'Service Canada',
    near: 'Perth-Andover',
    lang: 'en',
    organization: 'gc-service-canada',
    first: { type: 'outreach-site', name: 'perth andover', maxKm: 1 },
  },
  {
    query: 'Service Canada',
    near: 'Perth-Andover',
    lang: 'fr',
    organization: 'gc-service-canada',
    first: { type: 'outreach-site', name: 'perth andover', maxKm: 1 },
  },
  {
    query: 'bureau de Service Canada',
    near: 'Perth-Andover',
    lang: 'fr',
    organization: 'gc-service-canada',
    first: { type: 'outreach-site', name: 'perth andover', maxKm: 1 },
  },
  {
    query: 'Service Canada',
    near: 'Iqaluit',
    lang: 'en',
    organization: 'gc-service-canada',
    first: { type: 'service-centre', name: 'iqaluit', maxKm: 5 },
    alsoListed: ['pangnirtung', 'kinngait'],
  },
  {
    query: 'Service Canada',
    near: 'X0A 0H0',
    lang: 'fr',
    organization: 'gc-service-canada',
    first: { type: 'service-centre', name: 'iqaluit', maxKm: 5 },
    alsoListed: ['pangnirtung', 'kinngait'],
  },
  // spellings with a space, misspellings, abbreviations
  { query: 'Service Ontario', near: 'Ottawa', lang: 'en', organization: 'on-serviceontario', first: { name: 'serviceontario', maxKm: 15 } },
  { query: 'Service Ontario', near: 'Ottawa', lang: 'fr', organization: 'on-serviceontario', first: { name: 'serviceontario', maxKm: 15 } },
  {
    query: 'Services Ontario',
    near: 'Toronto',
    lang: 'en',
    organization: 'on-serviceontario',
    first: { name: 'serviceontario', maxKm: 15 },
  },
  {
    query: 'Service Canda',
    near: 'Moncton',
    lang: 'en',
    organization: 'gc-service-canada',
    first: { name: 'moncton service canada', maxKm: 10 },
  },
  {
    query: 'Services Canada',
    near: 'Moncton',
    lang: 'fr',
    organization: 'gc-service-canada',
    first: { name: 'moncton service canada', maxKm: 10 },
  },
  {
    query: 'VAC',
    near: 'Halifax',
    lang: 'en',
    organization: 'gc-vac',
    first: { type: 'government-office', name: 'veterans affairs canada', maxKm: 10 },
  },
  {
    query: 'ACC',
    near: 'Montréal',
    lang: 'fr',
    organization: 'gc-vac',
    first: { type: 'government-office', name: 'veterans affairs canada', maxKm: 10 },
  },
  { query: 'Service BC', near: 'Victoria', lang: 'en', organization: 'bc-service-bc', first: { name: 'service bc', maxKm: 15 } },
  { query: 'Work BC', near: 'Surrey', lang: 'en', organization: 'bc-workbc', first: { type: 'employment-centre', maxKm: 15 } },
  // organizations without counters: say so, with their channels (CRA) or the office finder (Services Québec)
  {
    query: 'CRA office',
    near: 'Ottawa',
    lang: 'en',
    organization: 'gc-cra',
    noCounters: { notice: 'online-only', service: 'income-tax-return' },
  },
  { query: 'CRA', near: 'Ottawa', lang: 'en', organization: 'gc-cra', noCounters: { notice: 'online-only', service: 'income-tax-return' } },
  {
    query: 'bureau de l’ARC',
    near: 'Gatineau',
    lang: 'fr',
    organization: 'gc-cra',
    noCounters: { notice: 'online-only', service: 'income-tax-return' },
  },
  {
    query: 'Revenue Canada',
    near: 'Halifax',
    lang: 'en',
    organization: 'gc-cra',
    noCounters: { notice: 'online-only', service: 'income-tax-return' },
  },
  {
    query: 'Services Québec',
    near: 'Montréal',
    lang: 'fr',
    organization: 'qc-services-quebec',
    noCounters: { notice: 'no-results-nearby', service: 'services-quebec-offices' },
  },
  {
    query: 'Service Quebec',
    near: 'Montreal',
    lang: 'en',
    organization: 'qc-services-quebec',
    noCounters: { notice: 'no-results-nearby', service: 'services-quebec-offices' },
  },
];

describe('organizations are searchable as what they are', () => {
  it.each(ORGANIZATIONS)(
    '"$query" near $near ($lang) → $organization',
    ({ query, near, lang, organization, first, alsoListed, noCounters }) => {
      const outcome = run(query, near, lang);
      expect(outcome.place?.status).toBe('resolved');
      expect(outcome.organizations.map((org) => org.id)).toContain(organization);
      if (noCounters) {
        expect(outcome.organizations.find((org) => org.id === organization)!.pointCount).toBe(0);
        expect(outcome.results, describeResults(outcome)).toEqual([]);
        expect(outcome.notice).toBe(noCounters.notice);
        expect(outcome.services.map((s) => s.id)).toContain(noCounters.service);
        if (noCounters.notice === 'no-results-nearby') expect(outcome.officeGaps?.serviceIds).toContain(noCounters.service);
        return;
      }
      const top = outcome.results[0];
      expect(top, describeResults(outcome)).toBeDefined();
      if (first?.type) expect(top!.point.type, describeResults(outcome)).toBe(first.type);
      if (first?.name) expect(folded(top!.point.name.en ?? top!.point.name.fr), describeResults(outcome)).toContain(first.name);
      if (first?.maxKm !== undefined) expect(top!.distanceKm!).toBeLessThanOrEqual(first.maxKm);
      for (const name of alsoListed ?? [])
        expect(
          outcome.results.some((r) => folded(r.point.name.en ?? r.point.name.fr).includes(name)),
          describeResults(outcome),
        ).toBe(true);
      // every point listed is the organization's own, or one it serves at
      const ownPoints = new Set(index.pointsByOrganization.get(organization) ?? []);
      for (const result of outcome.results)
        expect(ownPoints.has(index.pointIndexById.get(result.point.id)!), result.point.name.en).toBe(true);
    },
  );

  it('"CRA office" lists no other government’s office (no Ontario office 300 km away)', () => {
    for (const [query, near, lang] of [
      ['CRA office', 'Ottawa', 'en'],
      ['bureau de l’ARC', 'Ottawa', 'fr'],
    ] as const) {
      const outcome = run(query, near, lang, 50);
      expect(outcome.total).toBe(0);
      expect(
        outcome.services.every((service) => service.organizationId === 'gc-cra'),
        outcome.services.map((s) => s.id).join(),
      ).toBe(true);
    }
  });

  it('"Services Québec" lists no passport office whose name shares its words', () => {
    const outcome = run('Services Québec', 'Montréal', 'fr', 50);
    expect(outcome.services.map((s) => s.id)).toEqual(['services-quebec-offices']);
    expect(outcome.total).toBe(0);
  });
});

interface PhrasingCase {
  query: string;
  near: string;
  lang: Locale;
  /** the first service proposed */
  first: string;
  /** the life event the query names, when it names one */
  lifeEvent?: string;
  /** the first result's name or town holds this (folded); 'service canada': the first result is a Service Canada point */
  place?: string;
}

const PHRASING: PhrasingCase[] = [
  // losing a job
  {
    query: "j'ai perdu ma job",
    near: 'Montréal',
    lang: 'fr',
    first: 'employment-insurance',
    lifeEvent: 'looking-for-work',
    place: 'service canada',
  },
  {
    query: "j'ai perdu mon emploi",
    near: 'Montréal',
    lang: 'fr',
    first: 'employment-insurance',
    lifeEvent: 'looking-for-work',
    place: 'service canada',
  },
  {
    query: 'perdu ma job',
    near: 'Québec',
    lang: 'fr',
    first: 'employment-insurance',
    lifeEvent: 'looking-for-work',
    place: 'service canada',
  },
  {
    query: 'I lost my job',
    near: 'Hamilton',
    lang: 'en',
    first: 'employment-insurance',
    lifeEvent: 'looking-for-work',
    place: 'service canada',
  },
  {
    query: 'got laid off',
    near: 'Winnipeg',
    lang: 'en',
    first: 'employment-insurance',
    lifeEvent: 'looking-for-work',
    place: 'service canada',
  },
  {
    query: 'mis à pied',
    near: 'Sherbrooke',
    lang: 'fr',
    first: 'employment-insurance',
    lifeEvent: 'looking-for-work',
    place: 'service canada',
  },
  { query: 'pogey', near: 'Halifax', lang: 'en', first: 'employment-insurance', place: 'halifax service canada' },
  // a lost card: extra words never dilute the abbreviation
  { query: "j'ai perdu ma carte NAS", near: 'Montréal', lang: 'fr', first: 'social-insurance-number', place: 'service canada' },
  { query: 'perdu ma carte NAS', near: 'Laval', lang: 'fr', first: 'social-insurance-number', place: 'service canada' },
  { query: 'I lost my SIN card', near: 'Vancouver', lang: 'en', first: 'social-insurance-number', place: 'service canada' },
  // a death in the family
  { query: 'mon père est mort', near: 'Moncton', lang: 'fr', first: 'cpp-death-benefit', lifeEvent: 'death-of-a-loved-one' },
  { query: 'ma mère est décédée', near: 'Ottawa', lang: 'fr', first: 'cpp-death-benefit', lifeEvent: 'death-of-a-loved-one' },
  { query: 'my mom died', near: 'Toronto', lang: 'en', first: 'cpp-death-benefit', lifeEvent: 'death-of-a-loved-one' },
  { query: 'my dad passed away', near: 'Halifax', lang: 'en', first: 'cpp-death-benefit', lifeEvent: 'death-of-a-loved-one' },
  // a baby
  { query: 'expecting a baby', near: 'Toronto', lang: 'en', first: 'canada-child-benefit', lifeEvent: 'having-a-baby' },
  { query: 'je suis enceinte', near: 'Moncton', lang: 'fr', first: 'canada-child-benefit', lifeEvent: 'having-a-baby' },
  { query: 'mat leave', near: 'Toronto', lang: 'en', first: 'ei-maternity-parental-benefits', place: 'service canada' },
  { query: 'congé de maternité', near: 'Ottawa', lang: 'fr', first: 'ei-maternity-parental-benefits', place: 'service canada' },
  { query: 'baby bonus', near: 'Toronto', lang: 'en', first: 'canada-child-benefit' },
  { query: 'allocations familiales', near: 'Moncton', lang: 'fr', first: 'canada-child-benefit' },
  // pensions, by abbreviation and in full
  { query: 'PSV', near: 'Montréal', lang: 'fr', first: 'old-age-security', place: 'service canada' },
  { query: 'pension de la sécurité de la vieillesse', near: 'Sherbrooke', lang: 'fr', first: 'old-age-security', place: 'service canada' },
  { query: 'OAS pension', near: 'Regina', lang: 'en', first: 'old-age-security', place: 'service canada' },
  // moving
  { query: 'je déménage', near: 'Ottawa', lang: 'fr', first: 'ontario-change-address', lifeEvent: 'moving' },
  { query: "we're moving", near: 'Toronto', lang: 'en', first: 'ontario-change-address', lifeEvent: 'moving' },
];

describe('French and colloquial phrasing', () => {
  it('has cases in both languages', () => {
    expect(PHRASING.filter((c) => c.lang === 'fr').length).toBeGreaterThanOrEqual(10);
    expect(PHRASING.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(10);
  });

  it.each(PHRASING)('"$query" near $near ($lang) → $first first', ({ query, near, lang, first, lifeEvent, place }) => {
    const outcome = run(query, near, lang);
    expect(outcome.place?.status).toBe('resolved');
    expect(outcome.services[0]?.id, describeResults(outcome)).toBe(first);
    if (lifeEvent) expect(outcome.lifeEvents[0]?.id).toBe(lifeEvent);
    if (place) {
      const top = outcome.results[0];
      expect(top, describeResults(outcome)).toBeDefined();
      // Service Canada's own points include its outreach sites (Dundas for Hamilton), named after their town
      if (place === 'service canada') {
        expect(
          index.pointsByOrganization.get('gc-service-canada')!.includes(index.pointIndexById.get(top!.point.id)!),
          describeResults(outcome),
        ).toBe(true);
        expect(top!.distanceKm!).toBeLessThanOrEqual(25);
        return;
      }
      expect(folded(`${top!.point.name.en ?? top!.point.name.fr} ${top!.point.address.city.en ?? ''}`), describeResults(outcome)).toContain(
        place,
      );
    }
  });

  it('a life event named in the query is in the view, with its page in the page language', () => {
    const fr = presentOutcome(run('mon père est mort', 'Moncton', 'fr'), loaded, getCatalogue().serviceById, 'fr', AT);
    expect(fr.lifeEvents[0]?.id).toBe('death-of-a-loved-one');
    expect(fr.lifeEvents[0]?.path).toMatch(/^\/fr\/evenements-de-vie\//);
    const en = presentOutcome(run('my mom died', 'Toronto', 'en'), loaded, getCatalogue().serviceById, 'en', AT);
    expect(en.lifeEvents[0]).toMatchObject({ id: 'death-of-a-loved-one', path: '/en/life-events/death-of-a-loved-one' });
  });
});

describe('ranking: direct matches before related ones, the kind of place named first', () => {
  it.each([
    ['pension', 'Halifax', 'en'],
    ['pension', 'Moncton', 'fr'],
  ] as const)('"%s" near %s (%s): the pension programs before the rest of "retiring"', (query, near, lang) => {
    const ids = run(query, near, lang).services.map((s) => s.id);
    expect(ids[0]).toBe('canada-pension-plan');
    const dental = ids.indexOf('canadian-dental-care-plan');
    expect(dental === -1 || dental > ids.indexOf('old-age-security')).toBe(true);
  });

  it.each([
    ['refuge', 'M5V', 'fr'],
    ['refuge', 'M5V 3L9', 'fr'],
    ['shelter', 'M5V', 'en'],
    ['emergency shelter', 'M5V', 'en'],
  ] as const)('"%s" near %s (%s): shelters before EarlyON centres or libraries', (query, near, lang) => {
    const outcome = run(query, near, lang, 10);
    expect(outcome.results.length).toBe(10);
    for (const result of outcome.results) expect(result.point.type, describeResults(outcome)).toBe('shelter');
  });

  it('life-event phrasing leads to the life event and to its own programs', () => {
    for (const [query, near, lang, event, program] of [
      ['my mom died', 'Toronto', 'en', 'death-of-a-loved-one', 'cpp-survivors-pension'],
      ['expecting a baby', 'Toronto', 'en', 'having-a-baby', 'ei-maternity-parental-benefits'],
      ['je déménage', 'Montréal', 'fr', 'moving', 'quebec-health-insurance-card'],
      ["j'ai perdu mon emploi", 'Montréal', 'fr', 'looking-for-work', 'job-bank'],
    ] as const) {
      const outcome = run(query, near, lang);
      expect(
        outcome.lifeEvents.map((e) => e.id),
        query,
      ).toContain(event);
      expect(
        outcome.services.map((s) => s.id),
        query,
      ).toContain(program);
    }
  });
});

describe('a place alone lists what is near, by order of government and kind of place', () => {
  it.each([
    ['Iqaluit', 'en', 'iqaluit service canada'],
    ['X0A 0H0', 'en', 'iqaluit service canada'],
    ['Iqaluit', 'fr', 'iqaluit service canada'],
    ['H2X 1Y4', 'fr', 'montreal'],
    ['H2X 1Y4', 'en', 'montreal'],
    ['Perth-Andover', 'en', 'perth andover'],
  ] as const)('"%s" (%s) in the one box', (text, lang, nearestName) => {
    const outcome = run(text, undefined, lang);
    expect(outcome.place?.status).toBe('resolved');
    expect(outcome.nearby, outcome.notice).not.toBeNull();
    const groups = outcome.nearby!;
    expect(groups.length).toBeGreaterThan(0);
    // groups by order of government, federal first; each group one kind of place, nearest first
    const orders = groups.map((group) => ORDERS.indexOf(group.order));
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
    for (const group of groups) {
      expect(group.results.length).toBeGreaterThan(0);
      expect(group.total).toBeGreaterThanOrEqual(group.results.length);
      for (const result of group.results) expect(result.point.type).toBe(group.type);
      const distances = group.results.map((r) => r.distanceKm!);
      expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    }
    const all = groups.flatMap((group) => group.results);
    const nearest = all.reduce((a, b) => (a.distanceKm! <= b.distanceKm! ? a : b));
    expect(folded(nearest.point.name.en ?? nearest.point.name.fr)).toContain(nearestName);
    expect(nearest.distanceKm!).toBeLessThanOrEqual(5);
  });

  it('the view carries the groups for the page', () => {
    const view = presentOutcome(run('Iqaluit', undefined, 'fr'), loaded, getCatalogue().serviceById, 'fr', AT);
    expect(view.nearby?.[0]?.order).toBe('federal');
    expect(view.nearby?.[0]?.results[0]?.path).toMatch(/^\/fr\/lieux\//);
  });

  it('a need with the place is not listed as "what is near"', () => {
    expect(run('passeport Iqaluit', undefined, 'fr').nearby).toBeNull();
  });
});
