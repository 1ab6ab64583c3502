import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../data/snapshot';
import { getCatalogue } from '../catalogue/catalogue';
import { searchIndexFor } from './corpus';
import { resolvePlace, type ResolvedPlace } from './place';
import type { SearchIndex } from './search-index';
import { officeGapsIn, selectServices } from './service-selection';

let index: SearchIndex;
beforeAll(() => {
  index = searchIndexFor(loadSnapshot().snapshot, getCatalogue());
});

function place(name: string): ResolvedPlace {
  const resolution = resolvePlace(name, index.places);
  if (resolution.status !== 'resolved') throw new Error(`${name}: ${resolution.status}`);
  return resolution.place;
}

const ids = (selection: ReturnType<typeof selectServices>) => selection.services.map(({ service }) => service.id);

describe('selectServices', () => {
  it('selects the services a need names, best first', () => {
    const selection = selectServices(index, { q: 'passport' }, null);
    expect(ids(selection)[0]).toBe('passport');
    expect(selection.matches[0]).toMatchObject({ id: 'passport', kind: 'service' });
  });

  it('gives way to the province’s own program where residents get it from their province (CPP in Quebec)', () => {
    const inOntario = selectServices(index, { q: 'Canada Pension Plan' }, place('Toronto'));
    expect(ids(inOntario)).toContain('canada-pension-plan');
    expect(inOntario.replaced).toEqual([]);
    const inQuebec = selectServices(index, { q: 'Canada Pension Plan' }, place('Montréal'));
    expect(ids(inQuebec)).not.toContain('canada-pension-plan');
    const replaced = inQuebec.replaced.find((entry) => entry.serviceId === 'canada-pension-plan');
    expect(replaced?.replacedBy.length).toBeGreaterThan(0);
    for (const id of replaced!.replacedBy) expect(ids(inQuebec)).toContain(id);
  });

  it('keeps a chosen service as asked, and nothing else', () => {
    const selection = selectServices(index, { q: 'passport', serviceId: 'canada-pension-plan' }, place('Montréal'));
    expect(ids(selection)).toEqual(['canada-pension-plan']);
    expect(selection.replaced).toEqual([]);
    expect(selection.organizations).toEqual([]);
    expect(selection.typeRelevance.size).toBe(0);
  });

  it('narrows to the place’s province, and counts what it left out ("not offered here")', () => {
    const selection = selectServices(index, { q: 'BC Services Card' }, place('Ottawa'));
    expect(selection.services).toEqual([]);
    expect(selection.selectedCount).toBeGreaterThan(0);
    expect(selectServices(index, { q: 'BC Services Card' }, place('Vancouver')).services.length).toBeGreaterThan(0);
  });

  it('keeps only the services of a life event and of an order of government when asked', () => {
    const retiring = selectServices(index, { q: '', lifeEvent: 'retiring' }, null);
    expect(ids(retiring)).toEqual(expect.arrayContaining(['canada-pension-plan', 'old-age-security']));
    expect(retiring.lifeEvents[0]).toEqual({ id: 'retiring', relevance: 1 });
    const provincial = selectServices(index, { q: 'lost my job', order: 'provincial' }, place('Toronto'));
    expect(provincial.services.length).toBeGreaterThan(0);
    for (const { service } of provincial.services) expect(service.order).toBe('provincial');
  });

  it('reads an organization named outright, and the kind of place a need names', () => {
    expect(selectServices(index, { q: 'Service Canada' }, null).organizations.map((org) => org.id)).toContain('gc-service-canada');
    expect([...selectServices(index, { q: 'library' }, null).typeRelevance.keys()]).toContain('library');
  });
});

describe('officeGapsIn', () => {
  it('names the province’s programs whose counters Guichet does not list there', () => {
    const montreal = place('Montréal');
    const selection = selectServices(index, { q: 'RAMQ' }, montreal);
    const gaps = officeGapsIn(
      index,
      selection.services.map(({ service }) => service),
      montreal.province,
    );
    expect(gaps?.province).toBe('QC');
    expect(gaps!.serviceIds.length).toBeGreaterThan(0);
  });

  it('says nothing for federal services, or without a province', () => {
    const passport = selectServices(index, { q: 'passport' }, null).services.map(({ service }) => service);
    expect(officeGapsIn(index, passport, 'QC')).toBeNull();
    expect(officeGapsIn(index, passport, undefined)).toBeNull();
  });
});
