import { describe, expect, it } from 'vitest';
import { pageLocale } from './page-locale';

describe('pageLocale', () => {
  it('gives back a language of the site', () => {
    expect(pageLocale('en')).toBe('en');
    expect(pageLocale('fr')).toBe('fr');
  });
  it('answers 404 for any other segment, before a page builds a path with it', () => {
    for (const segment of ['x.bar', 'EN', 'fr-CA', '']) expect(() => pageLocale(segment)).toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});
