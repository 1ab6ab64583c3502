import { describe, expect, it } from 'vitest';
import type { LocatedResultView } from '@/lib/search/present';
import type { AppLocale } from '@/i18n/routing';
import { renderInLocale, visibleText } from '@/components/testing/render';
import { ServicePointCard } from './ServicePointCard';

/** A Service Canada Centre in Ottawa as a search for "passport" near K1P presents it, in each language. */
function ottawaCentre(locale: AppLocale): LocatedResultView {
  const fr = locale === 'fr';
  return {
    id: 'esdc-sc-0042',
    slug: 'ottawa-esdc-sc-0042',
    name: fr ? 'Centre Service Canada – Ottawa' : 'Service Canada Centre – Ottawa',
    type: 'service-centre',
    address: { lines: [fr ? '110, rue Laurier Ouest' : '110 Laurier Avenue West'], city: 'Ottawa', province: 'ON', postalCode: 'K1P 1J1' },
    lat: 45.4215,
    lon: -75.6972,
    precision: 'exact',
    approximate: false,
    distanceKm: 2.5,
    timeZone: 'America/Toronto',
    timeZoneLabel: fr ? 'heure de l’Est' : 'Eastern time',
    distance: { show: 'exact', km: 2.5 },
    directions: {
      destination: { kind: 'coordinates', lat: 45.4215, lon: -75.6972 },
      default: 'https://www.google.com/maps/dir/?api=1&destination=45.4215,-75.6972',
      openStreetMap: 'https://www.openstreetmap.org/directions?to=45.4215%2C-75.6972',
      geo: 'geo:45.4215,-75.6972',
    },
    phone: '1-800-622-6232',
    dataDate: '2024-03-01',
    host: { id: 'esdc', name: fr ? 'Emploi et Développement social Canada' : 'Employment and Social Development Canada', order: 'federal' },
    providers: [
      { id: 'esdc', name: fr ? 'Emploi et Développement social Canada' : 'Employment and Social Development Canada', order: 'federal' },
      {
        id: 'ircc',
        name: fr ? 'Immigration, Réfugiés et Citoyenneté Canada' : 'Immigration, Refugees and Citizenship Canada',
        order: 'federal',
      },
    ],
    services: [{ id: 'passport-adult', name: fr ? 'Passeport pour adulte' : 'Adult passport' }],
    status: { state: 'open', closesAt: { date: '2026-11-23', time: '16:00', instant: '2026-11-23T21:00:00Z' } },
    localDate: '2026-11-23',
    path: fr ? '/fr/lieux/ottawa-esdc-sc-0042' : '/en/locations/ottawa-esdc-sc-0042',
  };
}

function card(locale: AppLocale, options: { showZone?: boolean; headingLevel?: 2 | 3 } = {}): string {
  return renderInLocale(<ServicePointCard result={ottawaCentre(locale)} {...options} />, locale);
}

/** The card's markup and text in each language. */
const EXPECTED: Record<AppLocale, { markup: string[]; text: string[] }> = {
  en: {
    markup: [
      '<h3 class="card__title"><a href="/en/locations/ottawa-esdc-sc-0042">Service Canada Centre – Ottawa</a></h3>',
      'href="tel:18006226232"',
      'aria-label="Directions to Service Canada Centre – Ottawa"',
    ],
    text: [
      'Government service centre · 2.5 km away',
      'Open now · Closes at 4 p.m. · Times: Eastern time',
      '110 Laurier Avenue West, Ottawa (ON)',
      'Call 1-800-622-6232',
      'Directions OpenStreetMap Map app',
      'Information from 2024; it may have changed.',
      'Offered by Immigration, Refugees and Citizenship Canada (Federal) — site: Employment and Social Development Canada',
      'For your need: Adult passport',
    ],
  },
  fr: {
    markup: [
      '<h3 class="card__title"><a href="/fr/lieux/ottawa-esdc-sc-0042">Centre Service Canada – Ottawa</a></h3>',
      'href="tel:18006226232"',
      'aria-label="Itinéraire vers Centre Service Canada – Ottawa"',
    ],
    text: [
      'Centre de services gouvernementaux · à 2,5 km',
      'Ouvert maintenant · Ferme à 16 h · Heures : heure de l’Est',
      '110, rue Laurier Ouest, Ottawa (ON)',
      'Appeler le 1-800-622-6232',
      'Itinéraire OpenStreetMap Application de cartes',
      'Renseignements datant de 2024; ils peuvent avoir changé.',
      'Offert par : Immigration, Réfugiés et Citoyenneté Canada (Fédéral) — lieu : Emploi et Développement social Canada',
      'Pour votre besoin : Passeport pour adulte',
    ],
  },
};

describe('ServicePointCard', () => {
  it.each(['en', 'fr'] as const)('shows the name linked, type and distance, status, address, call, directions and roles (%s)', (locale) => {
    const html = card(locale, { showZone: true });
    for (const markup of EXPECTED[locale].markup) expect(html).toContain(markup);
    for (const line of EXPECTED[locale].text) expect(visibleText(html)).toContain(line);
  });

  it('leaves no English word on a French card', () => {
    expect(visibleText(card('fr', { showZone: true }))).not.toMatch(
      /\b(open|closes|away|call|directions|offered|provided|federal|information|need|times)\b/i,
    );
  });

  it('takes the heading level it is given', () => {
    expect(card('fr', { headingLevel: 2 })).toMatch(/^<article class="card"><h2 class="card__title">/);
  });

  it('leaves out what the point does not have: no phone, no zone, approximate place', () => {
    const result: LocatedResultView = {
      ...ottawaCentre('en'),
      phone: undefined,
      approximate: true,
      precision: 'postal-code',
      distance: { show: 'approximate', km: 3 },
    };
    const text = visibleText(renderInLocale(<ServicePointCard result={result} />, 'en'));
    expect(text).not.toContain('Call');
    expect(text).not.toContain('Times:');
    expect(text).toContain('About 3 km away Approximate location (postal code area)');
  });
});
