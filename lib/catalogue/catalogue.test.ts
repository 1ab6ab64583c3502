import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocationType } from '../model/schema';
import { catalogueInput, getCatalogue, getLifeEvent, getService, listLifeEvents, listServices } from './catalogue';
import { Catalogue, MIN_SERVICES_PER_LIFE_EVENT, type CatalogueInput } from '../model/catalogue';
import { catalogueSearchEntries } from './search-entries';

const { catalogue } = getCatalogue();

function withFirstService(change: (service: CatalogueInput['services'][number]) => void): CatalogueInput {
  const copy = structuredClone(catalogueInput());
  const first = copy.services[0];
  if (first === undefined) throw new Error('empty catalogue');
  change(first);
  return copy;
}

describe('catalogue validation', () => {
  it('gives every service and life event a name and a description in English and French', () => {
    for (const entry of [...catalogue.services, ...catalogue.lifeEvents]) {
      for (const text of [entry.name, entry.description]) {
        expect(text.en.trim(), entry.id).not.toBe('');
        expect(text.fr.trim(), entry.id).not.toBe('');
      }
    }
  });

  it('keeps only https links', () => {
    const urls = [
      ...catalogue.sources.flatMap((source) => (source.url === undefined ? [] : [source.url])),
      ...catalogue.services.flatMap((service) => {
        const online = service.channels.online;
        return online === undefined ? [] : [online.url.en, ...(online.url.fr === undefined ? [] : [online.url.fr])];
      }),
    ];
    expect(urls.length).toBeGreaterThan(100);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it('points only at known location types and life events', () => {
    const lifeEventIds = new Set(catalogue.lifeEvents.map((lifeEvent) => lifeEvent.id));
    for (const service of catalogue.services) {
      for (const type of service.channels.inPerson?.locationTypes ?? []) expect(LocationType.options).toContain(type);
      for (const lifeEventId of service.lifeEventIds) expect(lifeEventIds, service.id).toContain(lifeEventId);
    }
  });

  it(`gives every life event at least ${MIN_SERVICES_PER_LIFE_EVENT} services`, () => {
    for (const lifeEvent of listLifeEvents('en'))
      expect(lifeEvent.serviceCount, lifeEvent.id).toBeGreaterThanOrEqual(MIN_SERVICES_PER_LIFE_EVENT);
  });

  it('names a source for every fact: entry, link, phone number and in-person rule', () => {
    const sourceIds = new Set(catalogue.sources.map((source) => source.id));
    for (const service of catalogue.services) {
      const { online, phones, inPerson } = service.channels;
      const cited = [service.sources, online?.sources ?? [], ...phones.map((phone) => phone.sources), inPerson?.sources ?? []];
      for (const ids of cited) for (const id of ids) expect(sourceIds, service.id).toContain(id);
      if (online !== undefined) expect(online.sources.length).toBeGreaterThan(0);
      for (const phone of phones) expect(phone.sources.length).toBeGreaterThan(0);
    }
  });

  it('cites every source it lists', () => {
    const cited = new Set([
      ...catalogue.organizations.flatMap((organization) => organization.sources),
      ...catalogue.lifeEvents.flatMap((lifeEvent) => lifeEvent.sources),
      ...catalogue.services.flatMap((service) => [
        ...service.sources,
        ...(service.channels.online?.sources ?? []),
        ...service.channels.phones.flatMap((phone) => phone.sources),
        ...(service.channels.inPerson?.sources ?? []),
        ...(service.channels.offices?.sources ?? []),
        ...service.notAvailableIn.flatMap((rule) => rule.sources),
      ]),
      ...catalogue.jurisdictions.flatMap((jurisdiction) => jurisdiction.officeFinder.sources),
    ]);
    expect(catalogue.sources.filter((source) => !cited.has(source.id)).map((source) => source.id)).toEqual([]);
  });

  it("cites bundled data by its folder under data/sources, the source's one id", () => {
    const bundled = catalogue.sources.filter((source) => source.bundled === true).map((source) => source.id);
    expect(bundled).toContain('federal-vac-benefits-directory');
    expect(bundled).toContain('federal-gc-service-inventory');
    for (const id of bundled)
      expect(existsSync(join('data', 'sources', id)) && statSync(join('data', 'sources', id)).isDirectory(), id).toBe(true);
    const importedFrom = new Set(
      catalogue.services.flatMap((service) => (service.origin.kind === 'imported' ? [service.origin.sourceId] : [])),
    );
    expect([...importedFrom].filter((id) => !bundled.includes(id))).toEqual([]);
  });

  it('states the evidence of every source in plain terms, naming no lookup tool or internal id', () => {
    const tooling = catalogue.sources.filter((source) => /search tool|find_string|stored file id|corpus/i.test(source.checked));
    expect(tooling.map((source) => `${source.id}: ${source.checked}`)).toEqual([]);
  });

  it.each([
    [
      'a missing French name',
      (service: CatalogueInput['services'][number]) => {
        service.name = { en: service.name.en, fr: '' };
      },
    ],
    [
      'a plain http link',
      (service: CatalogueInput['services'][number]) => {
        service.channels.online = { url: { en: 'http://www.canada.ca/en.html' }, sources: ['canada-ei'] };
      },
    ],
    [
      'an unknown location type',
      (service: CatalogueInput['services'][number]) => {
        service.channels.inPerson = { locationTypes: ['kiosk' as never], someLocationsOnly: false, sources: ['canada-ei'] };
      },
    ],
    [
      'an unknown life event',
      (service: CatalogueInput['services'][number]) => {
        service.lifeEventIds = ['winning-the-lottery'];
      },
    ],
    [
      'an unknown source',
      (service: CatalogueInput['services'][number]) => {
        service.sources = ['my-memory'];
      },
    ],
  ])('rejects %s', (_label, change) => {
    expect(Catalogue.safeParse(withFirstService(change)).success).toBe(false);
  });

  it('rejects a life event with fewer than 4 services', () => {
    const copy = structuredClone(catalogueInput());
    for (const service of copy.services) service.lifeEventIds = (service.lifeEventIds ?? []).filter((id) => id !== 'moving');
    const result = Catalogue.safeParse(copy);
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((issue) => issue.message.startsWith('moving has 0 services'))).toBe(true);
  });
});

describe('catalogue coverage', () => {
  const services = catalogue.services;
  const count = (predicate: (service: (typeof services)[number]) => boolean): number => services.filter(predicate).length;

  it('has at least 80 services across federal, provincial (ON, BC) and municipal (Toronto, Vancouver) governments', () => {
    expect(services.length).toBeGreaterThanOrEqual(80);
    expect(count((service) => service.order === 'federal')).toBeGreaterThan(0);
    expect(count((service) => service.order === 'provincial' && service.jurisdiction === 'ON')).toBeGreaterThanOrEqual(5);
    expect(count((service) => service.order === 'provincial' && service.jurisdiction === 'BC')).toBeGreaterThanOrEqual(5);
    expect(count((service) => service.order === 'municipal' && service.jurisdiction === 'Toronto')).toBeGreaterThanOrEqual(4);
    expect(count((service) => service.order === 'municipal' && service.jurisdiction === 'Vancouver')).toBeGreaterThanOrEqual(4);
  });

  it('has the 12 life events from government life-event lists', () => {
    expect(catalogue.lifeEvents.map((lifeEvent) => lifeEvent.id).sort()).toEqual(
      [
        'caring-for-someone',
        'death-of-a-loved-one',
        'disaster-or-emergency',
        'having-a-baby',
        'living-with-a-disability',
        'looking-for-work',
        'moving',
        'newcomer-to-canada',
        'retiring',
        'starting-a-business',
        'students-and-young-people',
        'veterans-and-families',
      ].sort(),
    );
  });

  it('imports all 51 Veterans Affairs benefits', () => {
    expect(count((service) => service.origin.kind === 'imported' && service.origin.sourceId === 'federal-vac-benefits-directory')).toBe(51);
  });

  it.each([
    ['employment-insurance', 'EI', 'AE'],
    ['employment-insurance', 'lost my job', 'chômage'],
    ['social-insurance-number', 'SIN', 'NAS'],
    ['canada-pension-plan', 'CPP', 'RPC'],
    ['old-age-security', 'OAS', 'SV'],
    ['guaranteed-income-supplement', 'GIS', 'SRG'],
    ['canada-child-benefit', 'CCB', 'ACE'],
    ['ontario-health-card', 'OHIP', 'carte santé'],
    ['bc-medical-services-plan', 'MSP', 'BC Services Card'],
    ['passport', 'passport', 'passeport'],
  ])('lists the abbreviations people type for %s (%s / %s)', (id, english, french) => {
    const service = catalogue.services.find((candidate) => candidate.id === id);
    expect(service?.synonyms.en).toContain(english);
    expect(service?.synonyms.fr).toContain(french);
  });

  it('does not store misspellings as synonyms', () => {
    const everySynonym = catalogue.services.flatMap((service) => [...service.synonyms.en, ...service.synonyms.fr]);
    expect(everySynonym).not.toContain('pasport');
  });

  it('uses the official Canadian French names', () => {
    const frenchName = (id: string): string | undefined => getService(id, 'fr')?.name;
    expect(frenchName('employment-insurance')).toContain('assurance-emploi');
    expect(frenchName('social-insurance-number')).toBe('Numéro d’assurance sociale (NAS)');
    expect(frenchName('canada-pension-plan')).toContain('Régime de pensions du Canada (RPC)');
    expect(frenchName('old-age-security')).toContain('Sécurité de la vieillesse (SV)');
    expect(frenchName('guaranteed-income-supplement')).toBe('Supplément de revenu garanti (SRG)');
    expect(frenchName('canada-child-benefit')).toBe('Allocation canadienne pour enfants (ACE)');
    expect(frenchName('ontario-health-card')).toContain('Assurance-santé de l’Ontario');
  });
});

describe('catalogue queries', () => {
  it('filters services by life event and by order of government', () => {
    const federalRetirement = listServices({ lang: 'en', lifeEvent: 'retiring', order: 'federal' });
    expect(federalRetirement.map((service) => service.id)).toEqual(
      expect.arrayContaining(['canada-pension-plan', 'old-age-security', 'guaranteed-income-supplement']),
    );
    expect(federalRetirement.every((service) => service.order === 'federal')).toBe(true);
    expect(listServices({ lang: 'en', lifeEvent: 'no-such-event' })).toEqual([]);
  });

  it('returns one language at a time, falling back to the English page only when no French page is known', () => {
    const frenchEi = getService('employment-insurance', 'fr');
    expect(frenchEi?.channels.online).toMatchObject({
      language: 'fr',
      url: 'https://www.canada.ca/fr/services/prestations/ae/assurance-emploi-reguliere.html',
    });
    expect(frenchEi?.synonyms).toContain('chômage');
    const frenchOhip = getService('ontario-health-card', 'fr');
    expect(frenchOhip?.channels.online?.language).toBe('en');
    expect(getService('no-such-service', 'en')).toBeUndefined();
  });

  it('groups a life event’s services by government, federal first', () => {
    const baby = getLifeEvent('having-a-baby', 'fr');
    expect(baby?.name).toBe('Avoir un bébé');
    const orders = baby?.governments.map((group) => `${group.order}/${group.jurisdiction}`);
    expect(orders?.[0]).toBe('federal/CA');
    expect(orders).toEqual(expect.arrayContaining(['provincial/ON', 'provincial/BC', 'municipal/Toronto']));
    expect(new Set(orders).size).toBe(orders?.length);
  });

  it('exports a flat bilingual list with synonyms for the search index', () => {
    const entries = catalogueSearchEntries();
    expect(entries.filter((entry) => entry.kind === 'service')).toHaveLength(catalogue.services.length);
    expect(entries.filter((entry) => entry.kind === 'life-event')).toHaveLength(catalogue.lifeEvents.length);
    const ei = entries.find((entry) => entry.id === 'employment-insurance');
    expect(ei?.synonyms.fr).toContain('AE');
    expect(ei?.organizationName?.fr).toBe('Emploi et Développement social Canada');
  });
});
