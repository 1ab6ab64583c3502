import { describe, expect, it } from 'vitest';
import { getPathname } from './navigation';

describe('getPathname', () => {
  it('prefixes the language and maps French slugs', () => {
    expect(getPathname({ href: '/search', locale: 'en' })).toBe('/en/search');
    expect(getPathname({ href: '/search', locale: 'fr' })).toBe('/fr/recherche');
    expect(getPathname({ href: '/open-data/check', locale: 'fr' })).toBe('/fr/donnees-ouvertes/verifier');
  });
  it('gives the home page without a trailing slash', () => {
    expect(getPathname({ href: '/', locale: 'en' })).toBe('/en');
    expect(getPathname({ href: '/', locale: 'fr' })).toBe('/fr');
  });
  it('fills dynamic segments and encodes what is not ASCII', () => {
    expect(getPathname({ href: { pathname: '/locations/[slug]', params: { slug: 'ottawa-1234' } }, locale: 'fr' })).toBe(
      '/fr/lieux/ottawa-1234',
    );
    expect(getPathname({ href: { pathname: '/life-events/[id]', params: { id: 'avoir-un-bébé' } }, locale: 'fr' })).toBe(
      '/fr/evenements-de-vie/avoir-un-b%C3%A9b%C3%A9',
    );
  });
  it('refuses a dynamic route without its segment', () => {
    expect(() => getPathname({ href: { pathname: '/services/[id]', params: {} }, locale: 'en' })).toThrow(/\[id\]/);
  });
  it('refuses a locale the site does not have, naming it', () => {
    expect(() => getPathname({ href: '/', locale: 'x.bar' as 'en' })).toThrow(/"x\.bar" is not a language/);
  });
});
