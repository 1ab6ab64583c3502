import { beforeAll, describe, expect, it } from 'vitest';
import zones from '../../data/tz/canada-zones.json';
import { loadSnapshot, type LoadedSnapshot } from '../data/snapshot';
import { getCatalogue, getLifeEvent, lifeEventIdFromSlug, lifeEventSlug } from '../catalogue/catalogue';
import { searchIndexFor } from '../search/corpus';
import { search } from '../search/engine';
import type { SearchIndex } from '../search/search-index';
import { presentOutcome, staleSince } from '../search/present';
import { crossesZones, timeZoneLabel } from './time-zone';
import { licenceText } from './licence';
import { offeredOrders, offeredTypes } from './orders';
import { nearestPlaceName } from './nearest-place';
import { lifeEventServiceApplies, replacementRuleAt, resolveLifeEventPlace } from './life-event-place';

let loaded: LoadedSnapshot;
let index: SearchIndex;
beforeAll(() => {
  loaded = loadSnapshot();
  index = searchIndexFor(loaded.snapshot, getCatalogue());
});

/** A Monday, 10:00 in Toronto. */
const AT = new Date('2026-11-23T15:00:00Z');

describe('time-zone labels', () => {
  it('names every Canadian zone and link in both languages, never by its id', () => {
    const ids = [...Object.keys(zones.zones), ...Object.keys(zones.links)];
    for (const id of ids) {
      for (const locale of ['en', 'fr'] as const) {
        const label = timeZoneLabel(id, locale);
        expect(label, id).not.toMatch(/America\/|Canada\/|local time|heure locale/);
      }
    }
    expect(timeZoneLabel('America/Toronto', 'fr')).toBe('heure de l’Est');
    expect(timeZoneLabel('America/Toronto', 'en')).toBe('Eastern time');
    expect(timeZoneLabel('America/Halifax', 'fr')).toBe('heure de l’Atlantique');
  });

  it('labels every point of the snapshot', () => {
    for (const point of loaded.snapshot.servicePoints) expect(timeZoneLabel(point.timeZone, 'fr'), point.id).not.toBe('heure locale');
  });

  it('tells a list that crosses zones (Pohénégamook, QC, among New Brunswick places) from one that does not', () => {
    expect(crossesZones(['America/Moncton', 'America/Toronto'])).toBe(true);
    expect(crossesZones(['America/Moncton', 'America/Halifax'])).toBe(false);
    expect(crossesZones(['America/Toronto', 'America/Montreal', 'America/Iqaluit'])).toBe(false);
  });
});

describe('licence lines', () => {
  it('gives every licence of the snapshot a French line without the English words', () => {
    const licences = new Set(loaded.snapshot.servicePoints.flatMap((point) => point.provenance.map((p) => p.licence)));
    expect(licences.size).toBeGreaterThan(5);
    for (const licence of licences) {
      const french = licenceText(licence, 'fr');
      expect(french, licence).not.toBe(licence);
      expect(french, licence).not.toMatch(/Government of Canada|Open Government Licence|Not stated|None stated|unconfirmed|web content/);
      expect(licenceText(licence, 'en')).toBe(licence);
    }
  });
});

describe('data age', () => {
  it('dates a listing whose newest source is more than a year old, and only then', () => {
    expect(staleSince(['2019-03-01'], AT)).toBe('2019-03-01');
    expect(staleSince(['2019-03-01', '2026-06-01'], AT)).toBeUndefined();
    expect(staleSince(['2025-11-24'], AT)).toBeUndefined();
    expect(staleSince(['2025-11-22'], AT)).toBe('2025-11-22');
    expect(staleSince(['2018'], AT)).toBeUndefined();
    expect(staleSince(['2018-01'], AT)).toBe('2018-01');
  });
});

describe('order-of-government filters', () => {
  it('offers only orders some point is provided by, and keeps the one in use', () => {
    const offered = offeredOrders(index);
    expect(offered).toContain('federal');
    expect(offered).toContain('provincial');
    // every offered order exists among the snapshot's organizations
    for (const order of offered)
      expect(
        loaded.snapshot.organizations.some((organization) => organization.order === order),
        order,
      ).toBe(true);
    const types = offeredTypes(index);
    for (const type of types)
      expect(
        loaded.snapshot.servicePoints.some((point) => point.type === type),
        type,
      ).toBe(true);
    for (const point of loaded.snapshot.servicePoints) expect(types).toContain(point.type);
    const missing = (['territorial', 'indigenous'] as const).filter((order) => !offered.includes(order));
    for (const order of missing) expect(offeredOrders(index, order)).toContain(order);
  });
});

describe('a shared position is named by its nearest place', () => {
  it('names 46.343, -72.548 (near Trois-Rivières) by a town, not by coordinates', () => {
    const name = nearestPlaceName(index.places, 46.343, -72.548, 'fr');
    expect(name).toMatch(/^[^\d]+, QC$/);
  });
  it('names nothing in the open sea', () => {
    expect(nearestPlaceName(index.places, 44, -55, 'en')).toBeUndefined();
  });
});

describe('life events for where the person lives', () => {
  it('has a French slug for every event, and both slugs lead to it', () => {
    for (const event of getCatalogue().catalogue.lifeEvents) {
      expect(lifeEventSlug(event.id, 'en')).toBe(event.id);
      expect(lifeEventSlug(event.id, 'fr')).toBe(event.frSlug);
      expect(lifeEventIdFromSlug(event.frSlug)).toBe(event.id);
      expect(lifeEventIdFromSlug(event.id)).toBe(event.id);
    }
    expect(lifeEventIdFromSlug('avoir-un-bebe')).toBe('having-a-baby');
    expect(lifeEventIdFromSlug('nothing-here')).toBeUndefined();
  });

  it('keeps federal programs everywhere and a province’s or city’s own programs only there', () => {
    const event = getLifeEvent('having-a-baby', 'en')!;
    const all = event.governments.flatMap((group) => group.services.map((service) => ({ ...service, order: group.order })));
    const at = (near: string) => {
      const resolution = resolveLifeEventPlace(near, index, 'en');
      expect(resolution.status, near).toBe('resolved');
      return resolution.status === 'resolved' ? resolution.place : null;
    };
    const toronto = at('Toronto');
    const quebec = at('Québec');
    const kept = (place: ReturnType<typeof at>) =>
      all.filter((service) => lifeEventServiceApplies(index, service.id, service.order, place));
    // no place: federal only
    expect(kept(null).every((service) => service.order === 'federal')).toBe(true);
    expect(kept(null).length).toBeGreaterThan(0);
    // Toronto: Ontario's and Toronto's own, none of Quebec's
    expect(kept(toronto).some((service) => service.jurisdiction === 'ON')).toBe(true);
    expect(kept(toronto).some((service) => service.jurisdiction === 'QC')).toBe(false);
    // Québec: no Ontario or Toronto program
    expect(kept(quebec).some((service) => service.jurisdiction === 'ON' || service.jurisdiction === 'Toronto')).toBe(false);
  });

  it('gives way, in Quebec, to the federal programs Quebec replaces with its own, and says why', () => {
    const place = (near: string) => {
      const resolution = resolveLifeEventPlace(near, index, 'fr');
      if (resolution.status !== 'resolved') throw new Error(near);
      return resolution.place;
    };
    const programs = (eventId: string) =>
      getLifeEvent(eventId, 'fr')!.governments.flatMap((group) =>
        group.services.map((service) => ({ id: service.id, order: group.order })),
      );
    const keptIds = (eventId: string, near: string) =>
      programs(eventId)
        .filter((service) => lifeEventServiceApplies(index, service.id, service.order, place(near)))
        .map((service) => service.id);
    expect(keptIds('having-a-baby', 'Montréal')).not.toContain('ei-maternity-parental-benefits');
    expect(keptIds('having-a-baby', 'Toronto')).toContain('ei-maternity-parental-benefits');
    expect(keptIds('retiring', 'Québec')).not.toContain('canada-pension-plan');
    expect(keptIds('retiring', 'Gatineau')).not.toContain('canada-pension-plan');
    expect(keptIds('retiring', 'Ottawa')).toContain('canada-pension-plan');
    expect(replacementRuleAt(index, 'canada-pension-plan', place('Montréal'))?.replacedBy).toContain('quebec-pension-plan');
    expect(replacementRuleAt(index, 'canada-pension-plan', place('Winnipeg'))).toBeUndefined();
    expect(replacementRuleAt(index, 'canada-pension-plan', null)).toBeUndefined();
  });
});

describe('results view model', () => {
  const run = (q: string, near: string, lang: 'en' | 'fr' = 'en') =>
    presentOutcome(search(index, { q, near, lang, limit: 20, offset: 0, at: AT }), loaded, getCatalogue().serviceById, lang, AT);

  it('says which language each online page is in, so a French page can label an English-only one', () => {
    const fr = run('carte santé', 'Toronto', 'fr');
    const ohip = fr.services.find((service) => service.id === 'ontario-health-card')!;
    expect(ohip.online).toBe('https://www.ontario.ca/page/apply-ohip-and-get-health-card');
    expect(ohip.onlineLanguage).toBe('en');
    const passport = run('passeport', 'Montréal', 'fr').services.find((service) => service.id === 'passport')!;
    expect(passport.onlineLanguage).toBe('fr');
    expect(passport.online).not.toBe(run('passport', 'Montréal').services.find((service) => service.id === 'passport')!.online);
  });

  it('wires directions and distances by precision', () => {
    const view = run('passport', 'K1A 0B1');
    expect(view.results.length).toBeGreaterThan(0);
    for (const result of view.results) {
      if (result.precision === 'exact') {
        expect(result.directions.destination.kind).toBe('coordinates');
        expect(result.distance.show).toBe('exact');
      } else {
        expect(result.directions.destination.kind).toBe('address');
        expect(result.distance.show).not.toBe('exact');
      }
      expect(result.directions.openStreetMap).toMatch(/^https:\/\/www\.openstreetmap\.org\//);
      expect(result.directions.geo).toMatch(/^geo:/);
      if (result.distance.show !== 'none') expect(Number.isInteger(result.distance.km * 10)).toBe(true);
      expect(result.timeZoneLabel).not.toMatch(/\//);
    }
  });

  it('starts directions at the person’s position when they shared it', () => {
    const view = run('passport', '45.42, -75.69');
    expect(view.results[0]!.directions.default).toContain('origin=45.42%2C-75.69');
  });

  it('gives "Call" only a real number and dates old listings', () => {
    const view = run('ServiceOntario', 'M5V 2T6');
    for (const result of view.results) if (result.phone !== undefined) expect(result.phone).toMatch(/\d{3}/);
    const points = new Map(loaded.snapshot.servicePoints.map((point) => [point.id, point]));
    for (const result of view.results) {
      const newest = points
        .get(result.id)!
        .provenance.map((p) => p.sourceDate)
        .sort()
        .at(-1)!;
      if (result.dataDate) expect(newest < '2025-11-23').toBe(true);
    }
  });

  it('marks programs for veterans so the page can group them', () => {
    const service = getCatalogue().catalogue.services.find((candidate) => candidate.categories.includes('veterans'))!;
    const view = presentOutcome(
      { ...search(index, { q: 'EI', near: 'Moncton', lang: 'en', limit: 5, offset: 0, at: AT }), services: [service] },
      loaded,
      getCatalogue().serviceById,
      'en',
      AT,
    );
    expect(view.services[0]!.audience).toBe('veterans');
  });

  it('offers the other places of a preselected name (Victoria, BC — or Victoria, PE)', () => {
    const view = run('passport', 'Victoria');
    expect(view.place?.status).toBe('resolved');
    if (view.place?.status === 'resolved') {
      expect(view.place.province).toBe('BC');
      expect(view.place.alternatives.length).toBeGreaterThan(0);
    }
  });
});
