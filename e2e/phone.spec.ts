import { expect, test, type Page } from '@playwright/test';
import { blockExternalRequests, expectNoAxeViolations } from './helpers';

/**
 * A results page for a phone (issue 13): at 360 × 740, the first screen after a search shows the best answer (the
 * nearest place that delivers it, its status, call and directions, the online option beside it); paging says where
 * you are and keeps the place in the page; the map is one tab stop at most; no blank map box without JavaScript;
 * French pages write French (comma decimals, zone names, licence lines).
 */

test.beforeEach(async ({ page }) => blockExternalRequests(page));
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const FORM = {
  en: { need: 'What do you need?', place: 'Where?', submit: 'Search' },
  fr: { need: 'De quoi avez-vous besoin?', place: 'Où?', submit: 'Rechercher' },
} as const;

async function searchFromHome(page: Page, locale: 'en' | 'fr', need: string, place: string) {
  await page.goto(`/${locale}`);
  await page.getByLabel(FORM[locale].need).fill(need);
  await page.getByLabel(FORM[locale].place).fill(place);
  await page.getByRole('button', { name: FORM[locale].submit }).click();
  await page.waitForLoadState('networkidle');
}

const CASES: Array<{ locale: 'en' | 'fr'; need: string; place: string }> = [
  { locale: 'en', need: 'passport', place: 'Perth-Andover' },
  { locale: 'en', need: 'EI', place: 'Moncton' },
  { locale: 'en', need: 'passport', place: 'K1A 0B1' },
  { locale: 'fr', need: 'perdu mon emploi', place: 'Trois-Rivières' },
  { locale: 'fr', need: 'passeport', place: 'Perth-Andover' },
];

for (const { locale, need, place } of CASES) {
  test(`first screen after a search shows the nearest place and how to reach it: "${need}" near ${place} (${locale})`, async ({ page }) => {
    await searchFromHome(page, locale, need, place);
    // focus lands on a heading within the first screen
    const summary = page.locator('#results-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    // the best answer is the nearest place of the list, on the first screen with its actions
    const best = page.locator('.best-answer');
    const nearest = (await page.locator('#result-list > li').first().locator('.card__title').innerText()).trim();
    await expect(best.locator('.best-answer__name a')).toHaveText(nearest);
    await expect(best.locator('.best-answer__name a')).toBeInViewport();
    await expect(best.locator('.best-answer__status')).toBeInViewport();
    const directions = best.getByRole('link', { name: locale === 'en' ? /^Directions to / : /^Itinéraire vers / });
    await expect(directions).toBeInViewport();
    const call = best.locator('a[href^="tel:"]');
    if ((await call.count()) > 0) await expect(call.first()).toBeInViewport();
    // the online option follows; with a long French program name it can fall just below the first screen
    const online = best.locator('.best-answer__online a');
    if ((await online.count()) > 0) await expect(online).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}

test('paging says where you are and opens at the list', async ({ page }) => {
  await page.goto('/en/search?q=passport&near=Perth-Andover');
  await expect(page.locator('#results-range')).toHaveText(/^Results 1–20 of [\d,]+$/);
  await page.getByRole('link', { name: /^Next 20 places/ }).click();
  await expect(page).toHaveURL(/offset=20#places-heading$/);
  await expect(page.locator('#results-range')).toHaveText(/^Results 21–40 of [\d,]+$/);
  await expect(page.locator('#result-list')).toHaveAttribute('start', '21');
  // the list, not the top of the page
  await expect(page.locator('#places-heading')).toBeInViewport();
  await expect(page.locator('#places-heading')).toBeFocused();
  await expect(page.locator('.pagination__where')).toHaveText(/^Results 21–40 of [\d,]+$/);

  await page.goto('/fr/recherche?q=passeport&near=Perth-Andover&offset=20');
  await expect(page.locator('#results-range')).toHaveText(/^Résultats 21 à 40 sur [\d\s\u00a0\u202f]+$/);
});

test('the map: markers are no tab stops, each names its place and links to it', async ({ page }) => {
  await page.goto('/en/search?q=passport&near=Ottawa');
  await page.waitForLoadState('networkidle');
  const load = page.getByRole('button', { name: 'Load the map' });
  // the map may already have loaded on its own as it came into view
  if (await load.isVisible()) await load.dispatchEvent('click');
  await expect(page.locator('.leaflet-container')).toBeVisible();
  // the single markers, not only the first cluster icon: clusters are drawn first, and the titles below were read
  // before any single marker was there (flaky in CI)
  await expect(page.locator('.leaflet-marker-icon.map-marker').first()).toBeAttached();
  // no marker (nor cluster) in the tab order: the list is the keyboard path
  const tabbable = await page
    .locator('.leaflet-marker-pane [tabindex]')
    .evaluateAll((els) => els.filter((el) => (el as HTMLElement).tabIndex >= 0).length);
  expect(tabbable).toBe(0);
  // every single marker names its place
  const titles = await page
    .locator('.leaflet-marker-icon.map-marker')
    .evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(title.trim()).not.toBe('');
  // from the last card to "Next": a handful of stops (map, zoom, attribution), not one per marker
  const lastLink = page.locator('#result-list > li').last().getByRole('link').last();
  await lastLink.focus();
  const next = page.getByRole('link', { name: /^Next 20 places/ });
  let presses = 0;
  while (presses < 15 && !(await next.evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press('Tab');
    presses++;
  }
  await expect(next).toBeFocused();
  expect(presses).toBeLessThanOrEqual(10);
  // a marker chosen with the pointer opens a link to its place
  const marker = page.locator('.leaflet-marker-icon.map-marker').first();
  const title = (await marker.getAttribute('title'))!.replace(/ \(approximate location\)$/, '');
  await marker.click({ force: true });
  await expect(page.locator('.leaflet-popup-content a')).toContainText(title);
  await expect(page.locator('.leaflet-popup-content a')).toHaveAttribute('href', /^\/en\/locations\//);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no blank map box, and the best answer still comes first', async ({ page }) => {
    for (const path of ['/en/search?q=passport&near=Perth-Andover', '/fr/recherche?q=passeport&near=K1A+0B1']) {
      await page.goto(path);
      await expect(page.locator('#result-list > li').first()).toBeVisible();
      // nothing drawn where the map would be
      const boxes = await page
        .locator('.results__map .map, .results__map .map-placeholder')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
      for (const height of boxes) expect(height, path).toBe(0);
      await expect(page.locator('.best-answer')).toBeInViewport({ ratio: 0.5 });
    }
  });
});

test('axe finds nothing on the phone results and life-event pages, in both languages', async ({ page }) => {
  for (const path of [
    '/en/search?q=passport&near=Perth-Andover',
    '/fr/recherche?q=perdu+mon+emploi&near=Trois-Rivi%C3%A8res',
    '/en/search?q=passport&near=Victoria',
    '/fr/recherche?q=passeport&near=X0A+0H0',
    '/en/life-events/having-a-baby?near=Toronto',
    '/fr/evenements-de-vie/avoir-un-bebe?near=Moncton',
  ]) {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expectNoAxeViolations(page);
  }
});

test('French pages: no time-zone ids, no dot decimals in distances, no English source text', async ({ page }) => {
  const englishSourceText =
    /Government of Canada web content|Open Government Licence|Not stated|None stated|No data licence|reuse rights unconfirmed|Mon–Fri|km away|express-days-/;
  const check = async (path: string) => {
    await page.goto(path);
    const text = await page.locator('main').innerText();
    expect(text, path).not.toContain('America/');
    expect(text, path).not.toMatch(/\d\.\d+\s?km/);
    expect(text, path).not.toMatch(englishSourceText);
    return text;
  };
  const results = await check('/fr/recherche?q=passeport&near=Perth-Andover');
  expect(results).toMatch(/Résultats 1 à 20 sur/);
  await check('/fr/recherche?q=perdu+mon+emploi&near=Trois-Rivi%C3%A8res');
  await check('/fr/recherche?q=ServiceOntario&near=M5V+2T6');
  // the service-point pages the French lists lead to, their sources and licences included
  for (const search of [
    '/fr/recherche?q=passeport&near=K1A+0B1',
    '/fr/recherche?q=ServiceOntario&near=M5V+2T6',
    '/fr/recherche?q=refuge&near=M5V+2T6',
  ]) {
    await page.goto(search);
    const href = await page.locator('#result-list > li').first().locator('.card__title a').getAttribute('href');
    const location = await check(href!);
    expect(location).toMatch(/heure (de l’|du |des )/);
  }
  await check('/fr/evenements-de-vie/avoir-un-bebe?near=Moncton');
  // the French life-event slug is the page; the English id redirects to it
  await page.goto('/fr/evenements-de-vie/having-a-baby');
  await expect(page).toHaveURL(/\/fr\/evenements-de-vie\/avoir-un-bebe$/);
  await page.goto('/en/life-events/avoir-un-bebe');
  await expect(page).toHaveURL(/\/en\/life-events\/having-a-baby$/);
});
