import { expect, test } from '@playwright/test';
import { blockExternalRequests, expectNoAxeViolations } from './helpers';

const PAGES = {
  en: {
    hub: '/en/open-data',
    hubTitle: 'Open data',
    check: '/en/open-data/check',
    checkTitle: 'Check an HSDS feed',
    submit: 'Check the feed',
    report: 'Feed check report',
  },
  fr: {
    hub: '/fr/donnees-ouvertes',
    hubTitle: 'Données ouvertes',
    check: '/fr/donnees-ouvertes/verifier',
    checkTitle: 'Vérifier un flux HSDS',
    submit: 'Vérifier le flux',
    report: 'Rapport de vérification du flux',
  },
} as const;

const LOCATIONS_CSV = [
  'id,location_type,url,organization_id,name,alternate_name,description,transportation,latitude,longitude,external_identifier,external_identifier_type',
  '3f8a1c2e-1b2c-4d5e-8f90-123456789abc,physical,,,Centre de services de Hull,,,,45.4283,-75.7137,,',
  '3f8a1c2e-1b2c-4d5e-8f90-123456789abd,spaceship,,,Broken,,,,45.4,-75.7,,',
].join('\r\n');
const ADDRESSES_CSV = [
  'id,location_id,attention,address_1,address_2,city,region,state_province,postal_code,country,address_type',
  '4f8a1c2e-1b2c-4d5e-8f90-123456789abc,3f8a1c2e-1b2c-4d5e-8f90-123456789abc,,"25, rue Laurier",,Gatineau,,QC,J8X 4C8,CA,physical',
].join('\r\n');

for (const locale of ['en', 'fr'] as const) {
  const p = PAGES[locale];

  test(`open-data page (${locale}) lists the downloads, the counts, what is left out and the profile`, async ({ page }) => {
    await blockExternalRequests(page);
    const response = await page.goto(p.hub);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(p.hubTitle);
    await expect(page.locator('a[href="/api/hsds/datapackage/datapackage.json"]')).toHaveCount(1);
    await expect(page.locator('a[href="/api/hsds/points.geojson"]')).toHaveCount(1);
    await expect(page.locator('a[href="/api/hsds/profile.json"]')).toHaveCount(1);
    await expect(page.locator('table caption')).toHaveCount(3);
    await expect(page.locator('code', { hasText: 'federal-service-canada-offices-hours-ask-canada' })).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test(`feed checker (${locale}) reports on an uploaded feed without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await blockExternalRequests(page);
    await page.goto(p.check);
    await expect(page.locator('h1')).toHaveText(p.checkTitle);
    await page.locator('input[type="file"]').setInputFiles([
      { name: 'locations.csv', mimeType: 'text/csv', buffer: Buffer.from(LOCATIONS_CSV) },
      { name: 'addresses.csv', mimeType: 'text/csv', buffer: Buffer.from(ADDRESSES_CSV) },
    ]);
    await page.getByRole('button', { name: p.submit }).click();
    await expect(page.locator('h1')).toHaveText(p.report);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('main')).toContainText('locations.csv:3');
    await expect(page.locator('main')).toContainText('Centre de services de Hull');
    await context.close();
  });

  // axe needs JavaScript in the page: the form and the report it returns are checked with it on
  test(`feed checker (${locale}): the form and its report have no axe violations`, async ({ page, request }) => {
    await blockExternalRequests(page);
    await page.goto(p.check);
    await expectNoAxeViolations(page);
    const report = await request.post(`/api/hsds/check?lang=${locale}`, {
      multipart: { files: { name: 'locations.csv', mimeType: 'text/csv', buffer: Buffer.from(LOCATIONS_CSV) } },
    });
    expect(report.status()).toBe(200);
    await page.setContent(await report.text());
    await expect(page.locator('main')).toContainText('locations.csv');
    await expectNoAxeViolations(page);
  });
}

test('the checker refuses oversize and non-text uploads with a clear message', async ({ request }) => {
  const big = await request.post('/api/hsds/check?lang=en', {
    multipart: { files: { name: 'locations.csv', mimeType: 'text/csv', buffer: Buffer.alloc(2 * 1024 * 1024 + 10, 'a') } },
  });
  expect(big.status()).toBe(413);
  expect(await big.text()).toContain('larger than 2 MB');
  const binary = await request.post('/api/hsds/check?lang=fr', {
    multipart: { files: { name: 'locations.csv', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 1, 2, 255, 254]) } },
  });
  expect(binary.status()).toBe(415);
  expect(await binary.text()).toContain('pas du texte UTF-8');
});

test('downloads: datapackage, CSV tables, GeoJSON, profile and HSDS API pages', async ({ request }) => {
  const pkg = await request.get('/api/hsds/datapackage/datapackage.json');
  expect(pkg.status()).toBe(200);
  const descriptor = (await pkg.json()) as { resources: Array<{ path: string }>; excluded: unknown[]; counts: Record<string, number> };
  expect(descriptor.resources.length).toBe(14);
  expect(descriptor.excluded.length).toBeGreaterThan(0);
  const locations = await request.get('/api/hsds/datapackage/locations.csv');
  expect(locations.headers()['content-type']).toContain('text/csv');
  expect((await locations.text()).split('\r\n')[0]).toContain('id,location_type');
  const geo = await request.get('/api/hsds/points.geojson');
  expect(geo.headers()['content-type']).toContain('application/geo+json');
  const collection = (await geo.json()) as { type: string; features: unknown[] };
  expect(collection.type).toBe('FeatureCollection');
  expect(collection.features.length).toBe(descriptor.counts['location']);
  expect((await request.get('/api/hsds/profile.json')).status()).toBe(200);
  const services = (await (await request.get('/api/hsds/services?per_page=5&page=2')).json()) as {
    page_number: number;
    size: number;
    contents: unknown[];
  };
  expect(services.page_number).toBe(2);
  expect(services.size).toBe(5);
  expect((await request.get('/api/hsds/services?per_page=9999')).status()).toBe(400);
  expect((await request.get('/api/hsds/services/not-an-id')).status()).toBe(404);
});

test('an API path no route claims gets the API’s JSON 404, not the site’s page', async ({ request }) => {
  for (const path of ['/api/v1/nope', '/api/v2/search?q=passport', '/api/v1/locations/sc-2005/nope.ics']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type'], path).toBe('application/json; charset=utf-8');
    expect(((await response.json()) as { error: { code: string } }).error.code, path).toBe('not-found');
  }
  expect((await request.post('/api/v1/nope', { data: {} })).status()).toBe(404);
});

test('sitemap.xml lists pages in both languages with hreflang, and robots.txt points to it', async ({ request }) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain('/fr/donnees-ouvertes</loc>');
  expect(xml).toMatch(/hreflang="fr-CA"/);
  expect(xml).toMatch(/\/fr\/lieux\/[a-z0-9-]+<\/loc>/);
  expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
});

test('a service-point page carries GovernmentOffice JSON-LD with its nonce', async ({ page, request }) => {
  await blockExternalRequests(page);
  // browsers hide a nonce from the DOM once parsed: read it in the HTML as served, against the page's CSP
  const served = await request.get('/en/locations/st-johns-service-canada-centre-and-passport-services-1137');
  const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(served.headers()['content-security-policy'] ?? '')?.[1];
  expect(nonce).toBeTruthy();
  expect(await served.text()).toContain(`<script type="application/ld+json" nonce="${nonce}">`);
  await page.goto('/en/locations/st-johns-service-canada-centre-and-passport-services-1137');
  const script = page.locator('script[type="application/ld+json"]');
  await expect(script).toHaveCount(1);
  const ld = JSON.parse((await script.textContent()) ?? '{}') as { '@type': string; openingHoursSpecification: unknown[] };
  expect(ld['@type']).toBe('GovernmentOffice');
  expect(ld.openingHoursSpecification.length).toBeGreaterThan(0);
});
