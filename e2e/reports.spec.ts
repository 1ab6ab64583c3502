import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { blockExternalRequests, expectNoAxeViolations } from './helpers';

/**
 * "Report a problem": the form with and without JavaScript in both languages, the confirmation, and the steward view
 * (refused without the token, working with it, CSV export). The e2e servers run with
 * GUICHET_STEWARD_TOKEN=e2e-steward-token-0123456789 and a fresh embedded database each (playwright.config.ts).
 */
const TOKEN = 'e2e-steward-token-0123456789';

test.beforeEach(async ({ page }) => blockExternalRequests(page));
// the embedded engine initializes its data directory when the server starts; the first report may wait for it
test.setTimeout(120_000);

/** A service point's slug and source, from the API (ids are stable, slugs follow the data). */
async function listing(request: APIRequestContext, id: string): Promise<{ slug: string; source: string; record: string }> {
  const body = await (await request.get(`/api/v1/locations/${id}`)).json();
  return { slug: body.location.slug, source: body.location.provenance[0].sourceId, record: body.location.provenance[0].recordId };
}

async function fillAndSend(page: Page, locale: 'en' | 'fr', note: string) {
  await page.getByRole('radio', { name: locale === 'en' ? 'The hours are wrong' : 'Les heures sont erronées' }).check();
  await page.getByLabel(locale === 'en' ? 'Anything to add? (optional)' : 'Quelque chose à ajouter? (facultatif)').fill(note);
  await page.getByRole('button', { name: locale === 'en' ? 'Send the report' : 'Envoyer le signalement' }).click();
}

test('reports: a person reports a problem from a listing, with JavaScript (English), and the listing then says so', async ({
  page,
  request,
}) => {
  const { slug } = await listing(request, 'sc-1137');
  await page.goto(`/en/locations/${slug}`);
  await page.getByRole('link', { name: 'Report a problem with this listing' }).click();
  await expect(page).toHaveURL(`/en/locations/${slug}/report`);
  await expect(page.getByRole('heading', { level: 1, name: 'Report a problem' })).toBeVisible();
  await expect(page.getByText('We do not ask for your name, e-mail address or location')).toBeVisible();
  await expectNoAxeViolations(page);
  // with JavaScript the note counts down
  await page.getByLabel('Anything to add? (optional)').fill('Closed at 15:00');
  await expect(page.getByTestId('note-counter')).toHaveText('485 characters left');
  await fillAndSend(page, 'en', 'The office now closes at 15:00, not 16:00. <b>not markup</b>');
  await expect(page).toHaveURL(new RegExp(`/en/report-received\\?kind=location&id=${slug}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you, your report was received' })).toBeVisible();
  await expect(page.getByText('We cannot reply to you')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /^Back to “/ }).click();
  await expect(page).toHaveURL(`/en/locations/${slug}`);
  await expect(page.getByText(/\d+ (person|people) reported a problem with this listing recently\./)).toBeVisible();
});

test('reports: the same in French, with JavaScript', async ({ page, request }) => {
  const { slug } = await listing(request, 'sc-1515');
  await page.goto(`/fr/lieux/${slug}`);
  await page.getByRole('link', { name: 'Signaler un problème avec cette fiche' }).click();
  await expect(page).toHaveURL(`/fr/lieux/${slug}/signaler`);
  await expect(page.locator('html')).toHaveAttribute('lang', /^fr/);
  await expectNoAxeViolations(page);
  await fillAndSend(page, 'fr', 'Fermé le lundi.');
  await expect(page).toHaveURL(new RegExp(`/fr/signalement-recu\\?kind=location&id=${slug}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Merci, votre signalement a été reçu' })).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const locale of ['en', 'fr'] as const) {
  test(`reports: the form works without JavaScript (${locale})`, async ({ browser, request }) => {
    const { slug } = await listing(request, locale === 'en' ? 'sc-4000' : 'sc-3002');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await blockExternalRequests(page);
    const form = locale === 'en' ? `/en/locations/${slug}/report` : `/fr/lieux/${slug}/signaler`;
    await page.goto(form);
    // a missing choice is caught by the browser (required); the server answers the same way if it gets through
    await page.getByRole('radio', { name: locale === 'en' ? 'The phone number is wrong' : 'Le numéro de téléphone est erroné' }).check();
    await page
      .getByLabel(locale === 'en' ? 'When did you visit? (optional)' : 'Date de votre visite (facultatif)')
      .fill(new Date().toISOString().slice(0, 10));
    await page.getByRole('button', { name: locale === 'en' ? 'Send the report' : 'Envoyer le signalement' }).click();
    await expect(page).toHaveURL(locale === 'en' ? /\/en\/report-received\?/ : /\/fr\/signalement-recu\?/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      locale === 'en' ? 'Thank you, your report was received' : 'Merci, votre signalement a été reçu',
    );
    await expect(page.getByTestId('note-counter')).toHaveCount(0);
    await context.close();
  });
}

test('reports: a service page links to its report form, and a form posted from elsewhere is refused', async ({ page, request }) => {
  await page.goto('/fr/services/passport');
  await page.getByRole('link', { name: 'Signaler un problème avec cette fiche' }).click();
  await expect(page).toHaveURL('/fr/services/passport/signaler');
  const crossSite = await request.post('/api/v1/reports', {
    form: { kind: 'service', id: 'passport', locale: 'en', reason: 'other' },
    headers: { origin: 'https://evil.example' },
    maxRedirects: 0,
  });
  expect(crossSite.status()).toBe(403);
});

test('reports: the steward view refuses without the token and works with it; CSV export', async ({ page, request, baseURL }) => {
  const { slug, source, record } = await listing(request, 'sc-1137');
  const sent = await request.post('/api/v1/reports', {
    form: { kind: 'location', id: slug, locale: 'en', reason: 'wrong-address', note: '=HYPERLINK("x") pin is 2 km off' },
    headers: { origin: baseURL! },
    maxRedirects: 0,
  });
  expect(sent.status()).toBe(303);

  // without the token: a sign-in form and nothing else; exports answer 401
  await page.goto('/en/stewards');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports for publishers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Open reports by source' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect((await request.get(`/api/v1/reports/export?source=${source}&format=csv`)).status()).toBe(401);
  await page.getByLabel('Steward token').fill('not-the-token-0123456789');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That token is not right.' })).toHaveText('That token is not right.');
  await expect(page.getByRole('heading', { name: 'Open reports by source' })).toHaveCount(0);

  // with the token
  await page.getByLabel('Steward token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/en/stewards');
  await expect(page.getByRole('heading', { name: 'Open reports by source' })).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === 'guichet_steward');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  await page.goto(`/en/stewards?source=${source}`);
  await expect(page.getByRole('heading', { level: 3, name: /^The address or the map pin is wrong — \d+ (person|people)$/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // CSV export from the page (session cookie) and by bearer token
  const downloading = page.waitForEvent('download');
  await page.locator(`a[href="/api/v1/reports/export?source=${source}&format=csv"]`).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^guichet-reports-${source}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const bearer = await request.get(`/api/v1/reports/export?source=${source}&format=csv`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(bearer.status()).toBe(200);
  expect(bearer.headers()['content-type']).toMatch(/^text\/csv/);
  const csv = await bearer.text();
  expect(csv).toContain('problem_id,source_id,record_id,listing_kind,listing_id');
  expect(csv).toContain(`,${record},location,${slug},`);
  // a note that a spreadsheet would run as a formula is neutralized
  expect(csv).toContain(`"'=HYPERLINK(""x"") pin is 2 km off"`);

  // mark it resolved; the French view works with the same session
  await page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: /^The address or the map pin is wrong/ }) })
    .getByRole('button', { name: 'Mark resolved' })
    .click();
  await expect(page.getByRole('status')).toHaveText('The report was updated.');
  await page.goto('/fr/intendants');
  await expect(page.getByRole('heading', { level: 1, name: 'Signalements pour les éditeurs' })).toBeVisible();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByLabel('Jeton d’intendant')).toBeVisible();
});

test('reports: the about-the-data page shows report figures per source', async ({ page }) => {
  await page.goto('/en/about-the-data');
  await expect(page.getByRole('heading', { name: 'Problems people reported' })).toBeVisible();
  await expectNoAxeViolations(page);
});
