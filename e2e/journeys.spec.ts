import { expect, test, type Page } from '@playwright/test';
import { blockExternalRequests } from './helpers';

test.beforeEach(async ({ page }) => blockExternalRequests(page));

/** A Monday at 10:00 in Ottawa (EST), and the Sunday before it: fixed instants so "open now" is testable. */
const MONDAY_MORNING = '2026-11-23T15:00:00Z';
const SUNDAY = '2026-11-22T15:00:00Z';

async function searchFromHome(page: Page, locale: 'en' | 'fr', need: string, place: string) {
  await page.goto(`/${locale}`);
  await page.getByLabel(locale === 'en' ? 'What do you need?' : 'De quoi avez-vous besoin?').fill(need);
  await page.getByLabel(locale === 'en' ? 'Where?' : 'Où?').fill(place);
  await page.getByRole('button', { name: locale === 'en' ? 'Search' : 'Rechercher' }).click();
  // the results page moves focus to its summary once hydrated; act after that, as a person would
  await page.waitForLoadState('networkidle');
}

test('1. a resident types a need and a postal code and reaches a service point with hours (English)', async ({ page }) => {
  await searchFromHome(page, 'en', 'pasport', 'k1a 0b1');
  await expect(page).toHaveURL(/\/en\/search\?q=pasport&near=k1a\+0b1/);
  await expect(page.getByRole('heading', { level: 2, name: /places, nearest to K1A 0B1 first/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Canadian passport' }).first()).toBeVisible();
  const first = page.locator('#result-list > li').first();
  await expect(first).toContainText(/Passport|Service Canada/);
  await first.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/en\/locations\//);
  await expect(page.getByRole('table', { name: /Opening hours for the next 7 days/ })).toBeVisible();
  await expect(page.locator('tr[aria-current="date"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Source of this information' })).toBeVisible();
});

test('1. the same journey in French, with an accent-free town name', async ({ page }) => {
  await searchFromHome(page, 'fr', 'perdu mon emploi', 'Trois-Rivieres');
  await expect(page).toHaveURL(/\/fr\/recherche\?/);
  await expect(page.getByRole('heading', { level: 2, name: /lieux, du plus proche au plus loin de Trois-Rivières/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Assurance-emploi' }).first()).toBeVisible();
  await page.locator('#result-list > li').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/fr\/lieux\//);
  await expect(page.getByRole('table', { name: /Heures d'ouverture des 7 prochains jours/ })).toBeVisible();
});

test('2. a resident opens a life event, says where they live and filters by order of government', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('link', { name: 'Having a baby' }).click();
  await expect(page).toHaveURL(/\/en\/life-events\/having-a-baby$/);
  const headings = page.locator('main h2');
  // without a place: federal programs only, and the page asks where
  await expect(headings.filter({ hasText: 'Federal' }).first()).toBeVisible();
  await expect(headings.filter({ hasText: 'Municipal' })).toHaveCount(0);
  await page.getByLabel('Where do you live?').fill('Toronto');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/near=Toronto/);
  await expect(headings.filter({ hasText: 'Municipal' }).first()).toBeVisible();
  await expect(page.getByText('Needs a visit in person').first()).toBeVisible();
  await page.getByLabel('Order of government').selectOption('municipal');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/order=municipal/);
  await expect(headings.filter({ hasText: 'Federal' })).toHaveCount(0);
  await expect(headings.filter({ hasText: 'Municipal' }).first()).toBeVisible();
  // the language toggle keeps the filter
  await page.getByRole('link', { name: 'Français' }).click();
  // the French page has its own slug; the toggle's English id redirects to it, keeping the place and the filter
  await expect(page).toHaveURL(/\/fr\/evenements-de-vie\/avoir-un-bebe\?order=municipal&near=Toronto$/);
  await expect(page.locator('main h2').filter({ hasText: 'Fédéral' })).toHaveCount(0);
});

test.describe('3. on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('checks "open now" and taps directions', async ({ page }) => {
    await page.goto(`/en/search?q=passport&near=K1A+0B1&open=1&at=${MONDAY_MORNING}`);
    const results = page.locator('#result-list > li');
    await expect(results.first()).toBeVisible();
    const count = await results.count();
    for (let i = 0; i < count; i++) await expect(results.nth(i)).toContainText(/Open now|Closes soon/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.goto(`/en/search?q=passport&near=K1A+0B1&open=1&at=${SUNDAY}`);
    await expect(page.getByText('No place matches these filters')).toBeVisible();
    // open=true (as the API takes it) keeps its box ticked, so sending the form again keeps the filter
    await page.goto(`/en/search?q=passport&near=K1A+0B1&open=true&at=${SUNDAY}`);
    await expect(page.locator('#open')).toBeChecked();

    await page.goto(`/en/search?q=passport&near=K1A+0B1&at=${MONDAY_MORNING}`);
    await results.first().getByRole('link').first().tap();
    // directions to the door: the platform's map with exact coordinates, OpenStreetMap and geo: beside it
    const directions = page.getByRole('link', { name: /^Directions to / });
    await expect(directions).toHaveAttribute(
      'href',
      /^https:\/\/(www\.google\.com\/maps\/dir\/\?api=1&destination=4\d\.\d+%2C-7\d\.\d+|maps\.apple\.com\/\?daddr=4\d\.\d+%2C-7\d\.\d+)$/,
    );
    await expect(page.getByRole('link', { name: /^OpenStreetMap/ })).toHaveAttribute(
      'href',
      /^https:\/\/www\.openstreetmap\.org\/directions\?to=4\d\.\d+%2C-7\d\.\d+$/,
    );
    const box = await directions.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await directions.tap();
    // the external map is blocked in tests; the tap navigates away from Guichet
    await expect(page).not.toHaveURL(/\/en\/locations\//);
  });

  test('reflows at 320 px without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/en', '/fr/recherche?q=passeport&near=Gatineau', '/en/about-the-data', '/fr/evenements-de-vie/moving']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  });
});

test.describe('4. without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole search works', async ({ page }) => {
    await searchFromHome(page, 'en', 'EI', 'Moncton');
    await expect(page.getByRole('link', { name: 'Employment Insurance' }).first()).toBeVisible();
    await expect(page.locator('#result-list > li').first()).toContainText('Moncton');
    await expect(page.getByRole('button', { name: 'Use my location' })).toHaveCount(0);
    await page.locator('summary', { hasText: 'Narrow the results' }).click();
    await page.getByLabel('Order of government').selectOption('federal');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/order=federal/);
    await page.getByRole('link', { name: /Next 20 places/ }).click();
    await expect(page).toHaveURL(/offset=20/);
    await expect(page.locator('#results-range')).toHaveText(/^Results 21–40 of [\d,]+$/);
    await expect(page.locator('#result-list')).toHaveAttribute('start', '21');
    await expect(page.locator('summary', { hasText: 'Filters (1 in use)' })).toBeVisible();
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/recherche\?.*q=EI.*order=federal.*offset=20/);
  });

  test('an ambiguous place offers choices, an unknown one says so', async ({ page }) => {
    // a much larger place is preselected, and the others are still offered
    await page.goto('/en/search?q=passport&near=Richmond');
    await expect(page.getByText(/Showing places near Richmond, BC\./)).toBeVisible();
    await expect(page.locator('#result-list > li').first()).toContainText('Richmond');
    await expect(page.getByRole('link', { name: 'Richmond, QC' })).toBeVisible();
    // places of similar size: the person chooses
    await page.goto('/en/search?q=passport&near=Vanier');
    await expect(page.getByText('Several places have this name')).toBeVisible();
    await page.getByRole('link', { name: 'Vanier, ON' }).click();
    await expect(page).toHaveURL(/near=Vanier%2C\+ON/);
    await expect(page.locator('#result-list > li').first()).toBeVisible();
    await page.goto('/fr/recherche?q=passeport&near=Atlantide');
    await expect(page.getByText('Nous ne connaissons pas ce lieu')).toBeVisible();
    await expect(page.locator('#result-list')).toHaveCount(0);
  });
});

test('5. keyboard only: search, move through results, open one', async ({ page }) => {
  await page.goto('/en');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  // from the main landmark, the first form field
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('What do you need?')).toBeFocused();
  await page.keyboard.type('health card');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Where?')).toBeFocused();
  await page.keyboard.type('M5V 2T6');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?/);
  // focus lands on the results summary after the search (the best answer and the form come before the list now)
  await expect(page.locator('#results-summary')).toBeFocused();
  const firstResultLink = page.locator('#result-list > li').first().getByRole('link').first();
  for (let i = 0; i < 80 && !(await firstResultLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(firstResultLink).toBeFocused();
  await expect(page.locator('#result-list > li').first()).toContainText('ServiceOntario');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/locations\//);
  await expect(page.locator('h1')).toContainText('ServiceOntario');
});

test('the map shows the results and province outlines even when tiles fail', async ({ page }) => {
  await page.unrouteAll();
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
  await page.goto('/en/search?q=passport&near=Ottawa');
  // the map loads when it comes into view (it sits below the best answer and the list's start)
  await page.locator('[data-map-deferred]').scrollIntoViewIfNeeded();
  await expect(page.locator('.leaflet-container')).toBeVisible({ timeout: 20_000 });
  // the 100 nearest points are on the map, clustered; single markers appear as well
  await expect(page.locator('.marker-cluster').first()).toBeAttached();
  await expect(page.locator('.map-marker').first()).toBeAttached();
  await expect(page.locator('.leaflet-overlay-pane path').first()).toBeAttached();
  await expect(page.getByText('The map background could not load')).toBeVisible();
});

test('the results map fetches its points only when shown, in the page’s language, and says so when it cannot', async ({ page }) => {
  const asked: string[] = [];
  await page.route('**/api/v1/search/map?**', (route) => {
    asked.push(route.request().url());
    return route.abort();
  });
  await page.goto('/fr/recherche?q=passeport&near=Gatineau&offset=20');
  await page.waitForLoadState('networkidle');
  expect(asked, 'no points fetched before the map is shown').toEqual([]);
  await page.locator('[data-map-deferred]').scrollIntoViewIfNeeded();
  await expect(page.getByRole('status').filter({ hasText: 'La carte n’a pas pu charger les lieux' })).toBeVisible();
  expect(asked).toHaveLength(1);
  const query = new URL(asked[0]!).searchParams;
  expect(Object.fromEntries(query)).toEqual({ q: 'passeport', near: 'Gatineau', lang: 'fr' });
  // the list, which carries the same information, is all there
  await expect(page.locator('#result-list > li')).toHaveCount(20);
});

test('list and map stay in sync: focusing a result highlights its marker, a marker marks its result', async ({ page }) => {
  await page.goto('/en/search?q=passport&near=Ottawa');
  await page.waitForLoadState('networkidle');
  await page.locator('[data-map-deferred]').scrollIntoViewIfNeeded();
  await expect(page.locator('.leaflet-container')).toBeVisible({ timeout: 20_000 });
  await page.locator('#result-list > li').first().getByRole('link').first().focus();
  await expect(page.locator('.map-marker--selected, .marker-cluster--selected')).toHaveCount(1);
  // a marker of a point on this page, shown on its own (not inside a cluster)
  const names = await page.locator('#result-list > li .card__title').allTextContents();
  const markerTitles = await page
    .locator('.leaflet-marker-icon.map-marker')
    .evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
  const title = markerTitles.find((t) => names.includes(t.replace(/ \(approximate location\)$/, '')));
  expect(title, 'a result of this page has its own marker').toBeDefined();
  // markers are not tab stops (the list is the keyboard path): a pointer chooses one
  await page.locator(`.leaflet-marker-icon.map-marker[title="${title}"]`).click();
  await expect(page.locator('#result-list > li[data-selected="true"]')).toContainText(title!.replace(/ \(approximate location\)$/, ''));
  await expect(page.locator('.leaflet-popup-content a')).toHaveText(title!);
});
