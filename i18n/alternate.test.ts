import { describe, expect, it } from 'vitest';
import { alternateHref } from './alternate';

describe('alternateHref', () => {
  it('maps French slugs and keeps the query string', () => {
    expect(alternateHref('/fr/recherche', '?q=passeport&near=K1A', 'fr', 'en')).toBe('/en/search?q=passeport&near=K1A');
    expect(alternateHref('/en/search', 'q=EI', 'en', 'fr')).toBe('/fr/recherche?q=EI');
  });
  it('keeps dynamic segments', () => {
    expect(alternateHref('/en/locations/ottawa-1234', '', 'en', 'fr')).toBe('/fr/lieux/ottawa-1234');
    expect(alternateHref('/fr/evenements-de-vie/having-a-baby', '', 'fr', 'en')).toBe('/en/life-events/having-a-baby');
  });
  it('maps the home page', () => {
    expect(alternateHref('/en', '', 'en', 'fr')).toBe('/fr');
  });
  it('falls back to the other home page for unknown paths', () => {
    expect(alternateHref('/en/nowhere/at-all', '', 'en', 'fr')).toBe('/fr');
  });
});
