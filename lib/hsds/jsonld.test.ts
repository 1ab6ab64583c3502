import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../data/snapshot';
import { governmentOfficeJsonLd, serializeJsonLd } from './jsonld';

const loaded = loadSnapshot();
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The schema.org shape used: types and properties that exist on GovernmentOffice / OpeningHoursSpecification. */
const GOVERNMENT_OFFICE_PROPS = new Set([
  '@context',
  '@type',
  '@id',
  'name',
  'url',
  'sameAs',
  'inLanguage',
  'address',
  'geo',
  'telephone',
  'email',
  'openingHoursSpecification',
  'specialOpeningHoursSpecification',
  'parentOrganization',
  'availableLanguage',
]);
const HOURS_PROPS = new Set(['@type', 'dayOfWeek', 'opens', 'closes', 'validFrom', 'validThrough']);

describe('schema.org GovernmentOffice JSON-LD', () => {
  it('is a valid GovernmentOffice with openingHoursSpecification for every point, in both languages', () => {
    for (const point of loaded.snapshot.servicePoints) {
      for (const lang of ['en', 'fr'] as const) {
        const ld = governmentOfficeJsonLd(
          point,
          loaded.organizationById.get(point.hostOrganizationId),
          lang,
          `https://example.test/${lang}/x`,
        );
        expect(ld['@type']).toBe('GovernmentOffice');
        expect(ld['@context']).toBe('https://schema.org');
        expect(Object.keys(ld).every((k) => GOVERNMENT_OFFICE_PROPS.has(k))).toBe(true);
        expect(typeof ld['name']).toBe('string');
        expect((ld['address'] as { '@type': string; addressCountry: string })['@type']).toBe('PostalAddress');
        for (const spec of [
          ...((ld['openingHoursSpecification'] as object[]) ?? []),
          ...((ld['specialOpeningHoursSpecification'] as object[]) ?? []),
        ] as Array<Record<string, string>>) {
          expect(Object.keys(spec).every((k) => HOURS_PROPS.has(k))).toBe(true);
          expect(spec['@type']).toBe('OpeningHoursSpecification');
          expect(spec['opens']).toMatch(TIME);
          expect(spec['closes']).toMatch(TIME);
          if (spec['dayOfWeek']) expect(spec['dayOfWeek']).toMatch(/^https:\/\/schema\.org\/(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/);
          else expect(spec['validFrom']).toMatch(DATE);
        }
      }
    }
  });

  it('gives weekly hours with the lunch break taken out', () => {
    const point = loaded.snapshot.servicePoints.find((p) => p.schedule.breaks.length > 0 && p.schedule.weekly.length > 0)!;
    const ld = governmentOfficeJsonLd(point, undefined, 'en', 'https://example.test/');
    const monday = (ld['openingHoursSpecification'] as Array<Record<string, string>>).filter(
      (s) =>
        s['dayOfWeek'] ===
        `https://schema.org/${['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][point.schedule.weekly[0]!.day]}`,
    );
    expect(monday.length).toBeGreaterThanOrEqual(2);
  });

  it('cannot close the script element it is embedded in', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
