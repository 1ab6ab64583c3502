import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidPath, languageCookie, preferredLocale, routeRequest } from './locale-routing';
import { pathnames } from './routing';

describe('routeRequest', () => {
  it('refuses invalid percent-encoding and control characters anywhere in the path', () => {
    for (const path of ['/en/locations/100%', '/en/%', '/api/v1/locations/%C0%AF', '/en/%E9t%E9', '/en/a%00b', '/fr/%0d%0aSet-Cookie:x']) {
      expect(routeRequest(path, '', undefined, null), path).toEqual({ kind: 'bad-path' });
    }
    expect(isValidPath('/en/locations/100%25')).toBe(true);
    expect(routeRequest(`/en/${'a'.repeat(4093)}`, '', undefined, null)).toEqual({ kind: 'too-long' });
    expect(routeRequest('/en/search', `?q=${'a'.repeat(4090)}`, undefined, null)).toEqual({ kind: 'too-long' });
    expect(routeRequest('/en/search', `?q=${'a'.repeat(4000)}`, undefined, null)).toEqual({ kind: 'page', locale: 'en' });
    expect(isValidPath('/fr/lieux/%C3%A9t%C3%A9')).toBe(true);
  });

  it('serves French slugs under /fr and English slugs under /en, as pages (no rewrite)', () => {
    for (const path of [
      '/fr/recherche',
      '/fr/lieux/x-1',
      '/fr/evenements-de-vie/death',
      '/fr/a-propos-des-donnees',
      '/fr/accessibilite',
      '/fr/services/ei',
      '/fr',
    ]) {
      expect(routeRequest(path, '', undefined, null), path).toEqual({ kind: 'page', locale: 'fr' });
    }
    expect(routeRequest('/en/search', '', undefined, null)).toEqual({ kind: 'page', locale: 'en' });
  });

  it('sends a slug of the other language to the page in the URL’s own language, keeping the query', () => {
    expect(routeRequest('/fr/search', '?q=passeport', undefined, null)).toEqual({
      kind: 'redirect',
      location: '/fr/recherche?q=passeport',
      status: 308,
    });
    expect(routeRequest('/en/lieux/x-1', '', undefined, null)).toEqual({ kind: 'redirect', location: '/en/locations/x-1', status: 308 });
    expect(routeRequest('/fr/life-events/death', '', undefined, null)).toEqual({
      kind: 'redirect',
      location: '/fr/evenements-de-vie/death',
      status: 308,
    });
  });

  it('redirects /, paths without a language and trailing slashes', () => {
    expect(routeRequest('/', '?q=x', undefined, 'fr-CA,fr;q=0.9,en;q=0.5')).toEqual({ kind: 'redirect', location: '/fr?q=x', status: 307 });
    expect(routeRequest('/', '', 'en', 'fr-CA')).toEqual({ kind: 'redirect', location: '/en', status: 307 });
    expect(routeRequest('/search', '', undefined, null)).toEqual({ kind: 'redirect', location: '/en/search', status: 307 });
    expect(routeRequest('/en/', '?a=1', undefined, null)).toEqual({ kind: 'redirect', location: '/en?a=1', status: 308 });
    expect(routeRequest('/favicon.ico', '', undefined, null)).toEqual({ kind: 'other' });
    expect(routeRequest('/api/v1/search', '', undefined, null)).toEqual({ kind: 'other' });
  });

  it('reads a language typed in capitals as that language, not as a page under the other one', () => {
    expect(routeRequest('/EN', '', 'fr', null)).toEqual({ kind: 'redirect', location: '/en', status: 308 });
    expect(routeRequest('/Fr/recherche', '?q=NAS', undefined, null)).toEqual({
      kind: 'redirect',
      location: '/fr/recherche?q=NAS',
      status: 308,
    });
    // and then the slug of the other language as usual
    expect(routeRequest('/fr/search', '', undefined, null)).toMatchObject({ kind: 'redirect', status: 308 });
  });
});

describe('preferredLocale', () => {
  it('follows the cookie, then the browser’s ranked languages, then English', () => {
    expect(preferredLocale('fr', 'en')).toBe('fr');
    expect(preferredLocale(undefined, 'de-DE,fr;q=0.8,en;q=0.7')).toBe('fr');
    expect(preferredLocale(undefined, 'en;q=0.2, fr;q=0.9')).toBe('fr');
    expect(preferredLocale(undefined, 'fr;q=0, en')).toBe('en');
    expect(preferredLocale('xx', 'de')).toBe('en');
  });
});

describe('languageCookie', () => {
  it('is set only when the person comes from the other language on this site, Secure over HTTPS, with a max age', () => {
    expect(languageCookie('fr', 'https://guichet.example/en/search?q=x', 'guichet.example', true)).toBe(
      'NEXT_LOCALE=fr; Path=/; Max-Age=31536000; SameSite=Lax; Secure',
    );
    expect(languageCookie('fr', 'http://localhost:3000/en', 'localhost:3000', false)).toBe(
      'NEXT_LOCALE=fr; Path=/; Max-Age=31536000; SameSite=Lax',
    );
    expect(languageCookie('fr', 'https://guichet.example/fr', 'guichet.example', true)).toBeUndefined();
    expect(languageCookie('fr', 'https://elsewhere.example/en', 'guichet.example', true)).toBeUndefined();
    expect(languageCookie('fr', null, 'guichet.example', true)).toBeUndefined();
    expect(languageCookie('fr', 'not a url', 'guichet.example', true)).toBeUndefined();
  });
});

describe('French slugs are real routes', () => {
  it('every localized path has a route folder in each language that serves the same page', () => {
    const appDir = join(process.cwd(), 'app', '[locale]');
    for (const [internal, entry] of Object.entries(pathnames)) {
      if (typeof entry === 'string') continue;
      for (const publicPath of [entry.en, entry.fr]) {
        const page = join(appDir, ...publicPath.split('/').filter(Boolean), 'page.tsx');
        expect(existsSync(page), page).toBe(true);
        if (publicPath !== internal) {
          const internalFolder = internal.split('/').filter(Boolean).join('/');
          expect(readFileSync(page, 'utf8')).toMatch(
            new RegExp(`export \\{ default, generateMetadata \\} from '(\\.\\./)+${internalFolder.replace(/[[\]]/g, '\\$&')}/page';`),
          );
        }
      }
    }
  });
});
