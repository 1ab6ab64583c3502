import { expect, test } from '@playwright/test';
import { blockExternalRequests, expectNoAxeViolations } from './helpers';

const digits = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

/** RFC 4180: quoted fields may hold commas and doubled quotes. */
function parseCsv(text: string): Array<Record<string, string>> {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      field = '';
      record = [];
      i += 1;
    } else field += char;
  }
  const [header, ...rows] = records;
  return rows.map((row) => Object.fromEntries(row.map((value, i) => [header![i]!, value])));
}

for (const [locale, path, title] of [
  ['en', '/en/planning', /Service-point mapping/],
  ['fr', '/fr/planification', /Cartographie des points de service/],
] as const) {
  test(`planning page in ${locale}: tables first, no axe violations`, async ({ page }) => {
    // a full axe run over long tables: slow on a busy 2-core machine
    test.setTimeout(120_000);
    await blockExternalRequests(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByTestId('planning-access').locator('caption')).toBeVisible();
    await expect(page.getByTestId('planning-gaps').locator('tbody tr').first()).toBeVisible();
    if (locale === 'fr') {
      await expect(page.locator('main')).not.toContainText('Download');
      await expect(page.getByTestId('planning-access')).toContainText('%');
      await expect(page.getByTestId('planning-gaps')).toContainText(/\d,\d km|\d km/);
    }
    await expectNoAxeViolations(page);
    // sortable without JavaScript: the link sets a URL parameter
    await page.getByTestId('planning-access').getByRole('link').nth(3).click();
    await expect(page).toHaveURL(/asort=-km50/);
    await expectNoAxeViolations(page);
  });
}

test('the map layer is optional and opens from a link', async ({ page }) => {
  await blockExternalRequests(page);
  await page.goto('/en/planning?map=federal#planning-map');
  // Leaflet is a chunk of its own, fetched when the map comes into view
  await expect(page.getByRole('region', { name: /Map of Federal points/ })).toBeVisible({ timeout: 20_000 });
  await expectNoAxeViolations(page);
});

test('the page reflows at 320 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/fr/planification');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});

test('CSV downloads parse and add up to the page totals', async ({ page, request }) => {
  await page.goto('/en/planning');
  const access = parseCsv(await (await request.get('/api/v1/planning/access?order=federal&format=csv')).text());
  const at50 = access.filter((row) => row.radiusKm === '50');
  const canada = at50.find((row) => row.region === 'CA')!;
  const provinces = at50.filter((row) => row.region !== 'CA' && row.region !== 'FNI');
  expect(provinces).toHaveLength(13);
  expect(provinces.reduce((total, row) => total + Number(row.populationWithin), 0)).toBe(Number(canada.populationWithin));
  // the page's placed population for Canada is the CSV's
  const placed = await page.getByTestId('planning-access').locator('tr[data-region="CA"]').getAttribute('data-placed');
  expect(Number(placed)).toBe(Number(canada.placedPopulation));
  // the gaps CSV has as many rows and people as the page says
  const total = page.getByTestId('planning-gaps-total');
  const gaps = parseCsv(await (await request.get('/api/v1/planning/gaps?within=50&order=federal&format=csv')).text());
  expect(gaps.length).toBe(Number(await total.getAttribute('data-count')));
  expect(gaps.reduce((sum, row) => sum + Number(row.population), 0)).toBe(Number(await total.getAttribute('data-population')));
  // partnerships: the CSV's sites add up to the page's total
  const partnerships = parseCsv(await (await request.get('/api/v1/planning/opportunities?table=partnerships&format=csv')).text());
  expect(partnerships.reduce((sum, row) => sum + Number(row.sites), 0)).toBe(
    digits(await page.getByTestId('partnership-sites').textContent()),
  );
});
