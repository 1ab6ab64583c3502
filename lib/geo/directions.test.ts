import { describe, expect, it } from 'vitest';
import { directionsLinks, distanceDisplay, platformOf } from './directions';

const address = {
  lines: { en: ['Macdonald Block', '777 Bay Street'], fr: ['Édifice Macdonald', '777, rue Bay'] },
  city: { en: 'Toronto', fr: 'Toronto' },
  province: 'ON' as const,
  postalCode: 'M5G 2C8',
};

describe('directions links', () => {
  it('use coordinates for an exact point, with the person as start when shared', () => {
    const links = directionsLinks(
      { coordinates: { lat: 63.74862, lon: -68.51782, precision: 'exact' }, address },
      { origin: { lat: 63.75, lon: -68.52 } },
    );
    expect(links.destination).toEqual({ kind: 'coordinates', lat: 63.74862, lon: -68.51782 });
    expect(links.default).toBe('https://www.google.com/maps/dir/?api=1&destination=63.74862%2C-68.51782&origin=63.75%2C-68.52');
    expect(links.openStreetMap).toBe('https://www.openstreetmap.org/directions?from=63.75%2C-68.52&to=63.74862%2C-68.51782');
    expect(links.geo).toBe('geo:63.74862,-68.51782?q=63.74862%2C-68.51782');
  });

  it('carry the street address for an approximate point, never the town centre', () => {
    const links = directionsLinks({ coordinates: { lat: 43.7417, lon: -79.3733, precision: 'locality' }, address }, { platform: 'apple' });
    expect(links.destination).toEqual({ kind: 'address', text: '777 Bay Street, Toronto, ON M5G 2C8' });
    expect(links.default).toBe('https://maps.apple.com/?daddr=777%20Bay%20Street%2C%20Toronto%2C%20ON%20M5G%202C8');
    expect(links.openStreetMap).toContain('openstreetmap.org/search?query=777%20Bay%20Street');
    expect(links.geo).toBe('geo:0,0?q=777%20Bay%20Street%2C%20Toronto%2C%20ON%20M5G%202C8');
    for (const url of Object.values(links).filter((v) => typeof v === 'string')) expect(url).not.toContain('43.7417');
  });

  it('use the French address in French', () => {
    const links = directionsLinks({ coordinates: { lat: 43.7, lon: -79.4, precision: 'postal-code' }, address }, { locale: 'fr' });
    expect(links.destination).toEqual({ kind: 'address', text: '777, rue Bay, Toronto, ON M5G 2C8' });
  });

  it('pick the platform map app', () => {
    expect(platformOf('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)')).toBe('apple');
    expect(platformOf('Mozilla/5.0 (Linux; Android 14)')).toBe('android');
    expect(platformOf(undefined)).toBe('other');
  });
});

describe('distance shown on a card', () => {
  it('is exact for exact points, approximate or omitted otherwise', () => {
    expect(distanceDisplay(0.4, 'exact')).toEqual({ show: 'exact', km: 0.4 });
    expect(distanceDisplay(9.9, 'locality')).toEqual({ show: 'none' });
    expect(distanceDisplay(120, 'locality')).toEqual({ show: 'approximate', km: 120 });
    expect(distanceDisplay(3, 'postal-code')).toEqual({ show: 'none' });
  });
});
