import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../model/schema';

// lib/data/server.ts guards against client bundles with 'server-only', which throws outside Next's server build.
vi.mock('server-only', () => ({}));
const { servicePointBySlug } = await import('../data/server');
const { locationView } = await import('./view');

// Sunday 29 November 2026, 16:00 UTC: 12:30 in St. John's, 11:00 in Ontario, 8:00 in Vancouver.
const AT = new Date('2026-11-29T16:00:00Z');

const view = (slug: string, locale: Locale, at = AT) => {
  const point = servicePointBySlug(slug);
  if (!point) throw new Error(`no point ${slug}`);
  return locationView(point, locale, at);
};

describe('locationView on the real snapshot', () => {
  it('names the point, its host and its status in the page language, on the office clock', () => {
    const en = view('st-johns-service-canada-centre-and-passport-services-1137', 'en');
    const fr = view('st-johns-service-canada-centre-and-passport-services-1137', 'fr');
    expect(en.name).toEqual({ text: 'St. John’s Service Canada Centre and Passport Services', lang: 'en' });
    expect(fr.name).toEqual({ text: 'St. John’s - Centre Service Canada et Services de Passeport', lang: 'fr' });
    expect(fr.path).toBe('/fr/lieux/st-johns-service-canada-centre-and-passport-services-1137');
    expect(en.host).toEqual({ name: 'Service Canada', order: 'federal' });
    expect(en.now).toMatchObject({
      today: '2026-11-29',
      time: '12:30',
      zone: 'Newfoundland time',
      status: { state: 'closed', opensAt: { date: '2026-11-30', time: '08:30' } },
    });
    expect(fr.now.zone).toBe('heure de Terre-Neuve');
    expect(JSON.parse(fr.jsonLd)).toMatchObject({ '@type': 'GovernmentOffice', inLanguage: 'fr-CA', url: fr.path });
  });

  it('marks text the source has only in the other language', () => {
    const en = view('bibliotheque-aliette-marchand-quebec-city-102415', 'en');
    expect(en.name).toEqual({ text: 'Bibliothèque Aliette-Marchand', lang: 'fr' });
    expect(en.where.address.lang).toBe('fr');
    expect(view('1033-earlyon-child-and-family-centre-toronto-14380', 'fr').name.lang).toBe('en');
  });

  it('gives the address, approximate placement and directions by street address', () => {
    const fr = view('grand-falls-windsor-service-canada-centre-1148', 'fr');
    expect(fr.where.address).toEqual({
      lines: ['Édifice Bayley', '4A, rue Bayley, bureau 100'],
      lang: 'fr',
      city: 'Grand Falls',
      province: 'NL',
      postalCode: 'A2A 2T5',
    });
    expect(fr.where.coordinates.precision).toBe('postal-code');
    expect(fr.where.directions.destination).toEqual({ kind: 'address', text: '4A, rue Bayley, bureau 100, Grand Falls, NL A2A 2T5' });
    expect(view('kingston-service-canada-centre-3792', 'en').where.directions.destination.kind).toBe('coordinates');
  });

  it('groups services by provider: the host’s own counter first, then the partner it hosts', () => {
    for (const locale of ['en', 'fr'] as const) {
      const { providers } = view('st-johns-service-canada-centre-and-passport-services-1137', locale).services;
      expect(providers.map((group) => group.key)).toEqual(['gc-service-canada', 'gc-ircc']);
      expect(providers[0]!.role).toEqual({ kind: 'own' });
      expect(providers[1]!.role).toEqual({ kind: 'at-host', mode: 'partner', host: 'Service Canada' });
      expect(providers[1]!.services.map((s) => s.features.map((f) => (f.kind === 'code' ? f.code : f.kind)))).toEqual([
        ['urgent', 'express', 'pickup10'],
        ['biometrics'],
      ]);
    }
    const fr = view('st-johns-service-canada-centre-and-passport-services-1137', 'fr').services.providers[1]!;
    expect(fr.provider).toEqual({ name: 'Immigration, Réfugiés et Citoyenneté Canada', order: 'federal' });
    expect(fr.services[0]!.name).toEqual({ text: 'Services de passeport', lang: 'fr' });
    // an outreach site hosted by a community organization: every provider comes to the host's site
    const alliston = view('alliston-scheduled-outreach-site-on-sab', 'en').services.providers;
    expect(alliston.map((group) => group.role)).toEqual([
      { kind: 'at-host', mode: 'outreach', host: 'FOCUS Community Development Corporation' },
      { kind: 'at-host', mode: 'outreach', host: 'FOCUS Community Development Corporation' },
    ]);
  });

  it('reads express passport delays from their feature code', () => {
    const passports = view('charlottetown-service-canada-centre-and-passport-services-1959', 'en').services.providers.find(
      (g) => g.key === 'gc-ircc',
    )!;
    expect(passports.services[0]!.features).toContainEqual({ kind: 'express-days', from: 3, to: 9 });
  });

  it('lists the catalogue services delivered here, in the page language, and none for a library', () => {
    const en = view('brampton-service-canada-centre-passport-services-3012', 'en').services.catalogue;
    expect(en.map((s) => s.id)).toEqual(['passport', 'passport-express', 'passport-pickup', 'immigration-biometrics']);
    expect(en[0]).toEqual({ id: 'passport', name: 'Canadian passport', path: '/en/services/passport' });
    const fr = view('brampton-service-canada-centre-passport-services-3012', 'fr').services.catalogue;
    expect(fr[0]!.path).toBe('/fr/services/passport');
    expect(fr[0]!.name).not.toBe(en[0]!.name);
    expect(view('st-johns-service-canada-centre-and-passport-services-1137', 'en').services.catalogue.map((s) => s.id)).toContain(
      'social-insurance-number',
    );
    expect(view('bibliotheque-aliette-marchand-quebec-city-102415', 'en').services.catalogue).toEqual([]);
  });

  it('links the other points at the same site, in the page language', () => {
    expect(view('corner-brook-service-canada-centre-1163', 'fr').services.sameSite).toEqual([
      {
        id: 'vac-corner-brook',
        name: { text: 'Anciens Combattants Canada – Bureau de Corner Brook', lang: 'fr' },
        path: '/fr/lieux/veterans-affairs-canada-corner-brook-office-corner-brook',
      },
    ]);
    expect(view('kingston-service-canada-centre-3792', 'en').services.sameSite).toEqual([]);
  });

  it('gives an office the week ahead and its next holiday closures, across the new year', () => {
    const hours = view('st-johns-service-canada-centre-and-passport-services-1137', 'en', new Date('2026-12-26T16:00:00Z')).hours;
    expect(hours.week?.map((day) => [day.date, day.intervals.length, day.closedReason ?? ''])).toEqual([
      ['2026-12-26', 0, 'outside-hours'],
      ['2026-12-27', 0, 'outside-hours'],
      ['2026-12-28', 0, 'holiday'],
      ['2026-12-29', 1, ''],
      ['2026-12-30', 1, ''],
      ['2026-12-31', 1, ''],
      ['2027-01-01', 0, 'holiday'],
    ]);
    expect(hours.holidays.map((h) => [h.date, h.name.fr])).toEqual([
      ['2026-12-28', 'Lendemain de Noël'],
      ['2027-01-01', 'Jour de l’An'],
      ['2027-03-26', 'Vendredi saint'],
      ['2027-03-29', 'Lundi de Pâques'],
    ]);
    expect(hours.nextVisit).toBeUndefined();
    expect(hours.noHours).toBeUndefined();
  });

  it('gives an outreach site its monthly rule and next visit, skipping none of the days it comes', () => {
    const hours = view('alliston-scheduled-outreach-site-on-sab', 'fr').hours;
    expect(hours.visitRules).toEqual([{ weeks: [2, 4], day: 3, opens: '09:30', closes: '15:00' }]);
    expect(hours.nextVisit).toMatchObject({ date: '2026-12-09', opensAt: { time: '09:30' }, closesAt: { time: '15:00' } });
    expect(hours.week?.every((day) => day.closedReason === 'no-visit-today')).toBe(true);
    expect(hours.upcomingVisits).toEqual([]);
    expect(hours.holidays[0]!.date).toBe('2026-12-25');
  });

  it('lists up to six dated visits from today when there is more than one', () => {
    const hours = view('neguac-scheduled-outreach-site-1638', 'en').hours;
    expect(hours.upcomingVisits.map((v) => v.date)).toEqual([
      '2026-12-08',
      '2026-12-22',
      '2027-01-05',
      '2027-01-19',
      '2027-02-02',
      '2027-02-16',
    ]);
    expect(hours.nextVisit?.date).toBe('2026-12-08');
    const single = view('blairmore-scheduled-outreach-site-ab-sak', 'en').hours;
    expect(single.upcomingVisits).toEqual([]);
  });

  it('shows a closure until further notice with its reason, in both languages, and says it now', () => {
    const en = view('napanee-service-canada-centre-3210', 'en');
    expect(en.now.status).toMatchObject({ state: 'closed', reason: 'temporary-closure' });
    expect(en.now.closureNote).toEqual({ text: 'Building Maintenance', lang: 'en' });
    expect(en.hours.closures).toEqual([{ from: '2026-04-24', reason: { text: 'Building Maintenance', lang: 'en' } }]);
    expect(view('napanee-service-canada-centre-3210', 'fr').hours.closures[0]!.reason).toEqual({
      text: 'Entretien du bâtiment',
      lang: 'fr',
    });
  });

  it('drops dated closures once they are over', () => {
    const closures = (at: string) => view('workbc-centre-castlegar-275', 'en', new Date(at)).hours.closures.map((c) => c.from);
    expect(closures('2026-11-29T16:00:00Z')).toEqual(['2026-12-28', '2027-03-29', '2027-12-28']);
    expect(closures('2027-01-04T16:00:00Z')).toEqual(['2027-03-29', '2027-12-28']);
  });

  it('keeps the published text when hours could not be read, and claims no week nor holidays', () => {
    const fr = view('workbc-centre-vancouver-134-e-hastings-220', 'fr');
    expect(fr.now.status.state).toBe('unknown');
    expect(fr.hours.week).toBeUndefined();
    expect(fr.hours.holidays).toEqual([]);
    expect(fr.hours.publishedText?.lang).toBe('fr');
    expect(fr.hours.publishedText?.text).toContain('9h à 17h30');
    expect(view('workbc-centre-vancouver-134-e-hastings-220', 'en').hours.publishedText?.text).toContain('Temporarily CLOSED');
  });

  it('says to call when no hours are known, unless there is no number', () => {
    expect(view('1033-earlyon-child-and-family-centre-toronto-14380', 'en').hours.noHours).toBe('call');
    expect(view('bella-coola-scheduled-outreach-site-bc-sbv', 'fr').hours.noHours).toBe('no-phone');
    expect(view('bella-coola-scheduled-outreach-site-bc-sbv', 'fr').hours.week).toBeUndefined();
  });

  it('gives program sessions apart from counter hours', () => {
    const hours = view('101-spruce-st-earlyon-child-and-family-centre-toronto-13650', 'en').hours;
    expect(hours.sessions).toEqual([
      { kind: 'scheduled', registered: false, day: 3, opens: '09:00', closes: '11:30' },
      { kind: 'scheduled', registered: true, day: 4, opens: '09:00', closes: '11:30' },
    ]);
    expect(hours.noHours).toBeUndefined();
  });

  it('gives languages, accessibility, sources and the report form in the page language', () => {
    const en = view('st-johns-service-canada-centre-and-passport-services-1137', 'en');
    expect(en.details).toEqual({ languages: ['en', 'fr'], wheelchair: true, signLanguage: ['ASL', 'LSQ'], parking: 'free' });
    expect(en.source.reportPath).toBe('/en/locations/st-johns-service-canada-centre-and-passport-services-1137/report');
    expect(en.source.officialUrl).toMatch(/^https:\/\/offices\.service\.canada\.ca\/en\//);
    const fr = view('st-johns-service-canada-centre-and-passport-services-1137', 'fr');
    expect(fr.source.officialUrl).toMatch(/^https:\/\/bureaux\.service\.canada\.ca\/fr\//);
    expect(fr.source.reportPath).toBe('/fr/lieux/st-johns-service-canada-centre-and-passport-services-1137/signaler');
    expect(fr.source.records.length).toBeGreaterThan(1);
    expect(fr.source.records.every((r) => r.title.lang !== undefined && r.licence !== '')).toBe(true);
    expect(fr.source.records.map((r) => r.licence)).not.toEqual(en.source.records.map((r) => r.licence));
  });

  it('sends a person to the official page for hours only when the page links one', () => {
    const point = servicePointBySlug('serviceontario-toronto-agincourt-11752')!;
    expect(point.phones).toEqual([]);
    expect(point.url).toBeUndefined();
    expect(locationView(point, 'fr', AT).hours.noHours).toBe('no-contact');
    const withPage = { ...point, url: { en: 'https://www.ontario.ca/locations/serviceontario/' } };
    expect(locationView(withPage, 'fr', AT).hours.noHours).toBe('no-phone');
    expect(locationView({ ...withPage, url: { en: 'http://example.org/' } }, 'fr', AT).hours.noHours).toBe('no-contact');
  });

  it('says each feature of a service once: express in 3 to 9 days, not also plain express', () => {
    const point = servicePointBySlug('charlottetown-service-canada-centre-and-passport-services-1959')!;
    const passport = locationView(point, 'fr', AT)
      .services.providers.flatMap((provider) => provider.services)
      .find((service) => service.features.some((feature) => feature.kind === 'express-days'))!;
    expect(passport.features).toContainEqual({ kind: 'express-days', from: 3, to: 9 });
    expect(passport.features).not.toContainEqual({ kind: 'code', code: 'express' });
    expect(passport.features).toContainEqual({ kind: 'code', code: 'urgent' });
  });

  it('lists each record of a source once, though the source gives it in two files', () => {
    const point = servicePointBySlug('gatineau-hull-service-canada-centre-and-passport-services-2005')!;
    const files = point.provenance.filter((p) => p.sourceId === 'federal-service-canada-points-of-service-2017-2018-scima');
    expect(files.map((p) => p.file)).toHaveLength(2);
    const { records } = locationView(point, 'en', AT).source;
    expect(records.map((r) => r.key)).toEqual([...new Set(records.map((r) => r.key))]);
    expect(records.filter((r) => r.key === 'federal-service-canada-points-of-service-2017-2018-scima-2005')).toHaveLength(1);
    expect(records).toHaveLength(3);
  });
});
