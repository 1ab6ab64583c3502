import { beforeAll, describe, expect, it } from 'vitest';
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { loadSnapshot } from '@/lib/data/snapshot';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { searchIndexFor } from '@/lib/search/corpus';
import { answerSearch, type SearchData } from '@/lib/search/answer';
import { resultsMapCount, resultsMapUrl } from '@/lib/search/results-map';
import { SearchResults } from './SearchResults';

let data: SearchData;
beforeAll(() => {
  const loaded = loadSnapshot();
  const catalogue = getCatalogue();
  data = {
    index: searchIndexFor(loaded.snapshot, catalogue),
    loaded,
    services: catalogue.serviceById,
    knownLifeEvents: new Set(catalogue.lifeEventById.keys()),
  };
});

/** A Monday, 10:00 in Toronto. */
const AT = new Date('2026-11-23T15:00:00Z');

function answer(q: string, near: string, locale: 'en' | 'fr', offset = 0) {
  const answered = answerSearch(data, new URLSearchParams({ q, near, offset: String(offset) }), { lang: locale, now: AT });
  if (!answered.ok) throw new Error(JSON.stringify(answered.problems));
  return answered;
}

function render(q: string, near: string, locale: 'en' | 'fr', offset = 0): string {
  const { view } = answer(q, near, locale, offset);
  const query = new URLSearchParams({ q, near });
  const action = locale === 'fr' ? '/fr/recherche' : '/en/search';
  const tree = createElement(SearchResults, {
    view,
    map: { url: resultsMapUrl(query, locale), count: resultsMapCount(view.total) },
    query,
    action,
    limit: 20,
    offset,
    form: createElement('form', { id: 'search-form' }),
  });
  const provider = NextIntlClientProvider as unknown as FunctionComponent<{ locale: string; messages: typeof en; timeZone: string }>;
  return renderToStaticMarkup(createElement(provider, { locale, messages: locale === 'fr' ? fr : en, timeZone: 'America/Toronto' }, tree));
}

/** Visible text, without tags and attribute values. */
const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0|\u202f/g, ' ')
    .replace(/\s+/g, ' ');

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

  it('prints the "not offered here" notice once, as the heading', () => {
    expect(answer('BC Services Card', 'Ottawa', 'en').view.notice).toBe('not-offered-here');
    const html = render('BC Services Card', 'Ottawa', 'en');
    expect(html.match(/offered only in other provinces or cities/g)).toHaveLength(1);
    expect(html).toMatch(
      /<h2 id="results-summary"[^>]*>The services that match your need are offered only in other provinces or cities\.<\/h2>/,
    );
  });

  it('says each notice once, in its place', () => {
    const noPlace = render('passport', '', 'en');
    expect(text(noPlace).match(/Add a postal code or town to see the nearest places/g)).toHaveLength(1);
    expect(noPlace).toMatch(/<h2 id="results-summary"[^>]*>Services that match your need<\/h2>/);
    const noMatch = render('xqzvbw', 'Ottawa', 'en');
    expect(text(noMatch).match(/We found no service for these words/g)).toHaveLength(1);
  });
});
