import { expect, test } from '@playwright/test';
import { blockExternalRequests, expectNoAxeViolations } from './helpers';

const PAGES = {
  en: { path: '/en/coverage', title: 'What Guichet covers', quebec: 'Quebec', total: 'Canada (total)' },
  fr: { path: '/fr/couverture', title: 'Ce que couvre Guichet', quebec: 'Québec', total: 'Canada (total)' },
} as const;

const CODES = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'];

for (const locale of ['en', 'fr'] as const) {
  const page = PAGES[locale];

  test(`coverage page (${locale}) lists the 13 provinces and territories with their figures`, async ({ page: browser }) => {
    await blockExternalRequests(browser);
    const response = await browser.goto(page.path);
    expect(response?.status()).toBe(200);
    await expect(browser.locator('h1')).toHaveText(page.title);
    await expect(browser.locator('html')).toHaveAttribute('lang', `${locale}-CA`);
    const summary = browser.getByTestId('coverage-summary');
    await expect(summary.locator('caption')).toBeVisible();
    await expect(summary.locator('thead th[scope="col"]')).toHaveCount(5);
    const rows = summary.locator('tbody tr');
    await expect(rows).toHaveCount(13);
    expect((await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-jurisdiction')))).sort()).toEqual(CODES);
    await expect(summary.locator('tbody th[scope="row"]', { hasText: page.quebec })).toHaveCount(1);
    await expect(summary.locator('tfoot th[scope="row"]')).toHaveText(page.total);
    // each province and territory has its own table by order of government, with a caption
    for (const code of CODES) {
      const section = browser.locator(`section[aria-labelledby="coverage-${code.toLowerCase()}"]`);
      await expect(section.locator('table caption')).toHaveCount(1);
      await expect(section.locator('tbody th[scope="row"]')).toHaveCount(5);
    }
    // Quebec's own offices are not listed: the official office finder is linked
    const quebec = browser.locator('section[aria-labelledby="coverage-qc"]');
    await expect(quebec.locator('a[href^="https://"]').first()).toBeVisible();
  });

  test(`coverage page (${locale}) has no axe violations, on a desktop and at 320 px`, async ({ page: browser }) => {
    // two full axe runs over 14 tables: slow on a busy 2-core machine
    test.setTimeout(120_000);
    await blockExternalRequests(browser);
    await browser.goto(page.path);
    await expectNoAxeViolations(browser);
    await browser.setViewportSize({ width: 320, height: 800 });
    await browser.goto(page.path);
    await expectNoAxeViolations(browser);
    // reflow: nothing scrolls sideways at 320 px
    const overflow = await browser.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });
}

test('the French coverage page carries no English outside text marked lang="en", and French numbers', async ({ page }) => {
  await blockExternalRequests(page);
  await page.goto(PAGES.fr.path);
  const text = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let out = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[lang="en"], script, style')) continue;
      out += ` ${node.textContent}`;
    }
    return out;
  });
  for (const english of [
    'What Guichet covers',
    'Service points',
    'No provincial',
    'No municipal',
    'What is missing',
    'Federal services',
    'several years',
    'Sources and dates',
    'Order of government',
    'None',
  ]) {
    expect(text, english).not.toContain(english);
  }
  // thousands are grouped with a (no-break) space, never a comma
  const total = await page.getByTestId('coverage-summary').locator('tfoot td').first().innerText();
  expect(total).toMatch(/^\d{1,3}([\s\u00a0\u202f]\d{3})*$/);
});

test('English and French coverage pages link to each other, and the footer links to them', async ({ page }) => {
  await blockExternalRequests(page);
  await page.goto('/en/about-the-data');
  await page.locator('footer').getByRole('link', { name: 'What Guichet covers' }).click();
  await expect(page).toHaveURL(/\/en\/coverage$/);
  await page.goto('/fr/a-propos-des-donnees');
  await page.locator('footer').getByRole('link', { name: 'Ce que couvre Guichet' }).click();
  await expect(page).toHaveURL(/\/fr\/couverture$/);
});

test('a search answer shaped by an office gap links to the coverage statement', async ({ page }) => {
  await blockExternalRequests(page);
  await page.goto('/fr/recherche?q=RAMQ&near=H2X+1Y4');
  const link = page.getByRole('link', { name: 'Ce que couvre Guichet dans chaque province et territoire' });
  await expect(link).toHaveAttribute('href', '/fr/couverture#coverage-qc');
});

test('GET /api/v1/coverage answers in both languages', async ({ request }) => {
  const en = await request.get('/api/v1/coverage');
  expect(en.status()).toBe(200);
  expect(en.headers()['content-type']).toMatch(/application\/json/);
  const body = (await en.json()) as {
    lang: string;
    jurisdictions: Array<{ code: string; name: string; points: number }>;
    national: { points: number };
  };
  expect(body.lang).toBe('en');
  expect(body.jurisdictions.map((j) => j.code).sort()).toEqual(CODES);
  expect(body.jurisdictions.reduce((sum, j) => sum + j.points, 0)).toBe(body.national.points);
  const fr = (await (await request.get('/api/v1/coverage?lang=fr')).json()) as {
    lang: string;
    jurisdictions: Array<{ code: string; name: string }>;
  };
  expect(fr.lang).toBe('fr');
  expect(fr.jurisdictions.find((j) => j.code === 'QC')?.name).toBe('Québec');
  const bad = await request.get('/api/v1/coverage?lang=de');
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { parameter: string } }).error.parameter).toBe('lang');
});
