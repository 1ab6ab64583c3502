import { describe, expect, it } from 'vitest';
import { ProvinceCode } from '../model/schema';
import { catalogueInput, getCatalogue, getOfficeFinder, getService } from './catalogue';
import { Catalogue, type CatalogueInput } from '../model/catalogue';

const { catalogue, sourceById } = getCatalogue();
const PROVINCES = ProvinceCode.options;
const regional = catalogue.services.filter((service) => service.order === 'provincial' || service.order === 'territorial');

function mutated(change: (copy: CatalogueInput) => void): ReturnType<typeof Catalogue.safeParse> {
  const copy = structuredClone(catalogueInput());
  change(copy);
  return Catalogue.safeParse(copy);
}
const messages = (result: ReturnType<typeof Catalogue.safeParse>): string[] => result.error?.issues.map((issue) => issue.message) ?? [];

describe('every province and territory', () => {
  it.each(PROVINCES)('%s has an official office finder with a bilingual label, an https link and a cited source', (code) => {
    const jurisdiction = catalogue.jurisdictions.find((candidate) => candidate.code === code);
    expect(jurisdiction, code).toBeDefined();
    const { officeFinder } = jurisdiction!;
    expect(officeFinder.label.en.trim()).not.toBe('');
    expect(officeFinder.label.fr.trim()).not.toBe('');
    expect(officeFinder.label.fr).not.toBe(officeFinder.label.en);
    expect(officeFinder.url.en ?? officeFinder.url.fr).toMatch(/^https:\/\//);
    expect(officeFinder.sources.length).toBeGreaterThan(0);
    for (const id of officeFinder.sources) expect(sourceById.get(id)?.checked, id).toBeTruthy();
  });

  it.each(PROVINCES)('%s has its health card or health insurance registration, with a way to reach it', (code) => {
    const health = regional.filter((service) => service.jurisdiction === code && service.categories.includes('health'));
    expect(health.length, code).toBeGreaterThan(0);
    for (const service of health) {
      const { online, phones, inPerson, offices } = service.channels;
      expect(online !== undefined || phones.length > 0 || inPerson !== undefined || offices !== undefined, service.id).toBe(true);
    }
  });

  it('has services in every province and territory (two or more except Nunavut), and the core Quebec programs', () => {
    for (const code of PROVINCES)
      expect(regional.filter((service) => service.jurisdiction === code).length, code).toBeGreaterThanOrEqual(code === 'NU' ? 1 : 2);
    const quebec = new Set(regional.filter((service) => service.jurisdiction === 'QC').map((service) => service.id));
    for (const id of [
      'quebec-health-insurance-card',
      'quebec-saaq-licence-registration',
      'quebec-pension-plan',
      'quebec-parental-insurance-plan',
      'quebec-social-assistance',
      'quebec-social-solidarity',
      'quebec-student-financial-assistance',
      'services-quebec-offices',
    ]) {
      expect(quebec, id).toContain(id);
    }
  });

  it('names every provincial and territorial program in both languages, and cites a source for each link, phone and office claim', () => {
    for (const service of regional) {
      for (const text of [service.name, service.description]) {
        expect(text.en.trim(), service.id).not.toBe('');
        expect(text.fr.trim(), service.id).not.toBe('');
      }
      expect(service.synonyms.fr.length, service.id).toBeGreaterThan(0);
      const { online, phones, offices } = service.channels;
      for (const ids of [online?.sources ?? [], ...phones.map((p) => p.sources), offices?.sources ?? []]) {
        for (const id of ids) expect(sourceById.has(id), `${service.id}: ${id}`).toBe(true);
      }
      if (online !== undefined) expect(online.sources.length, service.id).toBeGreaterThan(0);
    }
  });

  it('gives every source a checked note that says how it was checked', () => {
    for (const source of catalogue.sources) expect(source.checked.length, source.id).toBeGreaterThan(20);
  });
});

describe('office finders in the page’s language', () => {
  it('links Québec’s French finder on English pages too, and says which language it is in', () => {
    expect(getOfficeFinder('QC', 'fr')).toMatchObject({ url: 'https://quebec.ca/nous-joindre/renseignements-generaux', language: 'fr' });
    expect(getOfficeFinder('QC', 'en')).toMatchObject({ url: 'https://quebec.ca/nous-joindre/renseignements-generaux', language: 'fr' });
    // Ontario publishes its finder in English only: French pages link it, in English
    expect(getOfficeFinder('ON', 'fr')).toMatchObject({ url: 'https://www.ontario.ca/locations/serviceontario/', language: 'en' });
    expect(getOfficeFinder('ON', 'en')?.language).toBe('en');
  });
});

describe('French names where the government publishes them', () => {
  it.each([
    ['quebec-parental-insurance-plan', 'Régime québécois d’assurance parentale (RQAP)'],
    ['quebec-pension-plan', 'Régime de rentes du Québec (Retraite Québec)'],
    ['ontario-disability-support-program', 'Programme ontarien de soutien aux personnes handicapées (POSPH)'],
    ['ontario-works', 'Ontario au travail (aide sociale)'],
  ])('%s is called "%s" in French', (id, name) => {
    expect(getService(id, 'fr')?.name).toBe(name);
  });

  it('calls Service New Brunswick by its French name on French pages', () => {
    expect(catalogue.organizations.find((organization) => organization.id === 'nb-snb')?.name.fr).toBe('Services Nouveau-Brunswick');
  });
});

describe('provincial rules on federal services', () => {
  it('no longer lists QPP or RRQ as names of the Canada Pension Plan', () => {
    const cpp = catalogue.services.find((service) => service.id === 'canada-pension-plan')!;
    const words = [...cpp.synonyms.en, ...cpp.synonyms.fr].map((word) => word.toUpperCase());
    expect(words).not.toContain('QPP');
    expect(words).not.toContain('RRQ');
  });

  it.each([
    ['canada-pension-plan', 'QC', 'quebec-pension-plan'],
    ['cpp-disability-benefits', 'QC', 'quebec-pension-plan'],
    ['cpp-survivors-pension', 'QC', 'quebec-pension-plan'],
    ['ei-maternity-parental-benefits', 'QC', 'quebec-parental-insurance-plan'],
    ['canada-student-loans-grants', 'QC', 'quebec-student-financial-assistance'],
  ])('%s is not offered in %s and is replaced by %s', (id, province, replacement) => {
    const rule = catalogue.services
      .find((service) => service.id === id)!
      .notAvailableIn.find((candidate) => candidate.provinces.includes(province as ProvinceCode));
    expect(rule?.replacedBy).toContain(replacement);
    expect(rule?.note.en).not.toBe(rule?.note.fr);
  });

  it('marks Canada Student Loans as not offered in the Northwest Territories', () => {
    const loans = catalogue.services.find((service) => service.id === 'canada-student-loans-grants')!;
    expect(loans.notAvailableIn.flatMap((rule) => rule.provinces)).toContain('NT');
  });

  it.each(['ei-sickness-benefits', 'ei-caregiving-benefits', 'employment-insurance'])('keeps %s available in Quebec', (id) => {
    expect(catalogue.services.find((service) => service.id === id)!.notAvailableIn).toEqual([]);
  });

  it('shows the rule on the service page data in the page language', () => {
    expect(getService('canada-pension-plan', 'fr')?.notAvailableIn[0]?.note).toMatch(/Régime de rentes du Québec/);
    expect(getService('canada-pension-plan', 'en')?.notAvailableIn[0]?.note).toMatch(/Quebec Pension Plan/);
    expect(getService('canada-pension-plan', 'fr')?.notAvailableIn[0]?.replacedBy[0]).toEqual({
      id: 'quebec-pension-plan',
      name: 'Régime de rentes du Québec (Retraite Québec)',
    });
  });
});

describe('validation catches', () => {
  it('a province or territory without an office finder', () => {
    const result = mutated((copy) => {
      copy.jurisdictions = copy.jurisdictions.filter((jurisdiction) => jurisdiction.code !== 'NU');
    });
    expect(result.success).toBe(false);
    expect(messages(result)).toContain('no office finder for NU');
  });

  it('an office finder without a page in either language', () => {
    const result = mutated((copy) => {
      copy.jurisdictions[0]!.officeFinder.url = {};
    });
    expect(messages(result)).toContain('an office finder needs its page in English or in French');
  });

  it('an office finder citing an unknown source', () => {
    const result = mutated((copy) => {
      copy.jurisdictions[0]!.officeFinder.sources = ['hearsay'];
    });
    expect(messages(result)).toContain('unknown source hearsay');
  });

  it('a replacement from another province', () => {
    const result = mutated((copy) => {
      const cpp = copy.services.find((service) => service.id === 'canada-pension-plan')!;
      cpp.notAvailableIn = [{ provinces: ['QC'], note: { en: 'x', fr: 'x' }, replacedBy: ['ontario-works'], sources: ['canada-cpp'] }];
    });
    expect(messages(result).some((message) => message.includes('ontario-works is a ON service'))).toBe(true);
  });

  it('a rule on a provincial service', () => {
    const result = mutated((copy) => {
      const ow = copy.services.find((service) => service.id === 'ontario-works')!;
      ow.notAvailableIn = [{ provinces: ['QC'], note: { en: 'x', fr: 'x' }, sources: ['canada-cpp'] }];
    });
    expect(messages(result).some((message) => message.includes('only a federal service'))).toBe(true);
  });

  it('an office claim without a known source', () => {
    const result = mutated((copy) => {
      copy.services.find((service) => service.id === 'alberta-aish')!.channels.offices = { sources: ['my-memory'] };
    });
    expect(messages(result)).toContain('unknown source my-memory');
  });
});
