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
      { id: 'ircc', name: fr ? 'Immigration, Réfugiés et Citoyenneté Canada' : 'Immigration, Refugees and Citizenship Canada', order: 'federal' },
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

describe('ServicePointCard', () => {
  it('shows an English card: name linked, type and distance, open status, address, call and directions, roles', () => {
    const html = card('en', { showZone: true });
    expect(html).toContain('<h3 class="card__title"><a href="/en/locations/ottawa-esdc-sc-0042">Service Canada Centre – Ottawa</a></h3>');
    expect(html).toContain('href="tel:18006226232"');
    expect(html).toContain('aria-label="Directions to Service Canada Centre – Ottawa"');
    const text = visibleText(html);
    expect(text).toContain('Government service centre · 2.5 km away');
    expect(text).toContain('Open now · Closes at 4 p.m. · Times: Eastern time');
    expect(text).toContain('110 Laurier Avenue West, Ottawa (ON)');
    expect(text).toContain('Call 1-800-622-6232');
    expect(text).toContain('Directions OpenStreetMap Map app');
    expect(text).toContain('Information from 2024; it may have changed.');
    expect(text).toContain('Offered by Immigration, Refugees and Citizenship Canada (Federal) — site: Employment and Social Development Canada');
    expect(text).toContain('For your need: Adult passport');
  });

  it('shows the same card in French, with no English word', () => {
    const html = card('fr', { showZone: true, headingLevel: 2 });
    expect(html).toContain('<h2 class="card__title"><a href="/fr/lieux/ottawa-esdc-sc-0042">Centre Service Canada – Ottawa</a></h2>');
    expect(html).toContain('aria-label="Itinéraire vers Centre Service Canada – Ottawa"');
    const text = visibleText(html);
    expect(text).toContain('Centre de services gouvernementaux · à 2,5 km');
    expect(text).toContain('Ouvert maintenant · Ferme à 16 h · Heures : heure de l’Est');
    expect(text).toContain('110, rue Laurier Ouest, Ottawa (ON)');
    expect(text).toContain('Appeler le 1-800-622-6232');
    expect(text).toContain('Itinéraire OpenStreetMap Application de cartes');
    expect(text).toContain('Renseignements datant de 2024; ils peuvent avoir changé.');
    expect(text).toContain('Offert par : Immigration, Réfugiés et Citoyenneté Canada (Fédéral) — lieu : Emploi et Développement social Canada');
    expect(text).toContain('Pour votre besoin : Passeport pour adulte');
    expect(text).not.toMatch(/\b(open|closes|away|call|directions|offered|provided|federal|information|need|times)\b/i);
  });

  it('leaves out what the point does not have: no phone, no zone, approximate place', () => {
    const result: LocatedResultView = { ...ottawaCentre('en'), phone: undefined, approximate: true, precision: 'postal-code', distance: { show: 'approximate', km: 3 } };
    const text = visibleText(renderInLocale(<ServicePointCard result={result} />, 'en'));
    expect(text).not.toContain('Call');
    expect(text).not.toContain('Times:');
    expect(text).toContain('About 3 km away Approximate location (postal code area)');
  });
});
