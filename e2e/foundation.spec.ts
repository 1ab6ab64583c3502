import { expect, test } from '@playwright/test';
import { blockExternalRequests, expectNoAxeViolations } from './helpers';

test.beforeEach(async ({ page }) => blockExternalRequests(page));

test('both languages render with the right lang and title', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page).toHaveTitle(/Guichet/);
  await page.goto('/fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await expect(page.getByRole('link', { name: 'Passer au contenu principal' })).toBeAttached();
});

test('/ sends a visitor to the language the browser prefers', async ({ browser }) => {
  for (const [acceptLanguage, expected] of [
    ['fr-CA,fr;q=0.9', '/fr'],
    ['en-CA,en;q=0.9', '/en'],
  ] as const) {
    const context = await browser.newContext({
      locale: acceptLanguage.slice(0, 5),
      extraHTTPHeaders: { 'Accept-Language': acceptLanguage },
    });
    const page = await context.newPage();
    await blockExternalRequests(page);
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe(expected);
    await context.close();
  }
});

test('the language toggle keeps the page and its query string', async ({ page }) => {
  await page.goto('/en/accessibility?from=test');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/accessibilite\?from=test$/);
  await expect(page.locator('h1')).toHaveText('Accessibilité');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/accessibility\?from=test$/);
});

test('unknown pages get a 404 in each language', async ({ page }) => {
  const en = await page.goto('/en/no-such-page');
  expect(en?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  const fr = await page.goto('/fr/page-inexistante');
  expect(fr?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page introuvable');
  await expect(page).toHaveTitle(/Page introuvable/);
});

test('life events have their own page in each language, the parent of each event’s page', async ({ page }) => {
  const fr = await page.goto('/fr/evenements-de-vie');
  expect(fr?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Événements de la vie');
  await page.getByRole('link', { name: 'Avoir un bébé' }).click();
  await expect(page).toHaveURL(/\/fr\/evenements-de-vie\/avoir-un-bebe$/);
  await page.goto('/fr/evenements-de-vie');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/life-events$/);
  await expect(page.locator('h1')).toHaveText('Life events');
  // the English path under /fr is the French page
  expect((await page.goto('/fr/life-events'))?.url()).toMatch(/\/fr\/evenements-de-vie$/);
});

test('security headers are on pages and on the API', async ({ request }) => {
  for (const path of ['/en', '/api/v1/sources']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).not.toContain('unsafe-eval');
    expect(headers['strict-transport-security'], path).toContain('max-age=');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('geolocation=(self)');
  }
  const page = (await request.get('/en')).headers()['content-security-policy']!;
  expect(page).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
});

for (const path of ['/en', '/fr', '/en/accessibility', '/fr/accessibilite', '/en/missing', '/fr/manquant']) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
