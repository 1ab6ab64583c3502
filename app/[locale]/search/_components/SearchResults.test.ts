import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { loadSnapshot, type LoadedSnapshot } from '@/lib/data/snapshot';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { searchIndexFor } from '@/lib/search/corpus';
import { search, type SearchIndex } from '@/lib/search/engine';
import { presentOutcome } from '@/lib/search/present';
import { SearchResults } from './SearchResults';

// next-intl's navigation needs Next's runtime; the results only ask it for the coverage page's path
vi.mock('@/i18n/navigation', () => ({
  getPathname: ({ href, locale }: { href: string; locale: string }) => (locale === 'fr' && href === '/coverage' ? '/fr/couverture' : `/${locale}${href}`),
}));

let loaded: LoadedSnapshot;
let index: SearchIndex;
beforeAll(() => {
  loaded = loadSnapshot();
  index = searchIndexFor(loaded.snapshot, getCatalogue());
});

/** A Monday, 10:00 in Toronto. */
const AT = new Date('2026-11-23T15:00:00Z');

function render(q: string, near: string, locale: 'en' | 'fr', offset = 0): string {
  const params = { q, near, lang: locale, limit: 20, offset, at: AT };
  const view = presentOutcome(search(index, params), loaded, getCatalogue().serviceById, locale, AT);
  const mapView = presentOutcome(search(index, { ...params, offset: 0, limit: 100 }), loaded, getCatalogue().serviceById, locale, AT);
  const query = new URLSearchParams({ q, near });
  const action = locale === 'fr' ? '/fr/recherche' : '/en/search';
  const tree = createElement(SearchResults, { view, mapView, query, action, limit: 20, offset, form: createElement('form', { id: 'search-form' }) });
  const provider = NextIntlClientProvider as unknown as FunctionComponent<{ locale: string; messages: typeof en; timeZone: string }>;
  return renderToStaticMarkup(createElement(provider, { locale, messages: locale === 'fr' ? fr : en, timeZone: 'America/Toronto' }, tree));
}

/** Visible text, without tags and attribute values. */
const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\u00a0|\u202f/g, ' ').replace(/\s+/g, ' ');

describe('results page, as rendered on the server', () => {
  it('puts the best answer (nearest place, status, call or directions, online) before the form', () => {
    const html = render('passport', 'K1A 0B1', 'en');
    const best = html.indexOf('id="best-heading"');
    expect(best).toBeGreaterThan(0);
    expect(best).toBeLessThan(html.indexOf('id="search-form"'));
    const section = html.slice(best, html.indexOf('</section>', best));
    expect(section).toMatch(/Directions to /);
    expect(section).toMatch(/class="status/);
    expect(section).toMatch(/Or online/);
  });

  it('says where the page is in the list, and "Next" opens at the list', () => {
    const html = render('passport', 'K1A 0B1', 'en', 20);
    expect(text(html)).toMatch(/Results 21–40 of [\d,]+/);
    expect(html).toMatch(/offset=40#places-heading/);
    expect(html).not.toContain('id="best-heading"');
  });

  it('draws no grey map box for a page without JavaScript', () => {
    const html = render('passport', 'K1A 0B1', 'en');
    expect(html).not.toMatch(/class="map map--loading"/);
  });

  it('in French: comma decimals, plural rules, zone names, no English licence or zone ids', () => {
    for (const [q, near] of [
      ['passeport', 'Perth-Andover'],
      ['perdu mon emploi', 'Trois-Rivières'],
      ['passeport', 'E7H 1A1'],
    ] as const) {
      const body = text(render(q, near, 'fr'));
      expect(body, `${q} ${near}`).not.toMatch(/America\//);
      expect(body, `${q} ${near}`).not.toMatch(/\d\.\d+ km/);
      expect(body, `${q} ${near}`).not.toMatch(/\bles 1 lieux\b|\b1 lieux\b/);
      expect(body, `${q} ${near}`).not.toMatch(/Government of Canada|Open Government Licence|km away|Directions/);
    }
    expect(text(render('passeport', 'Perth-Andover', 'fr'))).toMatch(/\d+,\d km|à \d+ km/);
  });

  it('groups veterans programs, collapsed, unless the search is about them', () => {
    const html = render('perdu mon emploi', 'Trois-Rivières', 'fr');
    const veterans = getCatalogue().catalogue.services.filter((service) => service.categories.includes('veterans'));
    const details = html.indexOf('class="service-group"');
    for (const service of veterans) {
      const at = html.indexOf(`/fr/services/${service.id}"`);
      if (at >= 0 && details >= 0) expect(at, service.id).toBeGreaterThan(details);
    }
  });

  it('prints the "not offered here" notice once', () => {
    const view = presentOutcome(search(index, { q: 'BC Services Card', near: 'Ottawa', lang: 'en', limit: 20, offset: 0, at: AT }), loaded, getCatalogue().serviceById, 'en', AT);
    const html = render('BC Services Card', 'Ottawa', 'en');
    const count = (html.match(/offered only in other provinces or cities/g) ?? []).length;
    expect(count).toBe(view.notice === 'not-offered-here' ? 1 : 0);
  });
});
