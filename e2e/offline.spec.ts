import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { blockExternalRequests, expectNoAxeViolations } from './helpers';

/**
 * Issue 18 — take it with you: installable and offline (manifest, service worker under the nonce CSP, saved pages
 * with a dated banner, offline page in both languages), share and print, .ics calendar files, light on data.
 */

test.beforeEach(async ({ page }) => blockExternalRequests(page));

const OUTREACH = '/en/locations/old-perlican-scheduled-outreach-site-nf-sac';
const OUTREACH_FR = '/fr/lieux/old-perlican-scheduled-outreach-site-nf-sac';
const OFFICE = '/en/locations/kingston-service-canada-centre-3792';
/** A Sunday: the next visit to Old Perlican (NL) is Wednesday, December 16, 10:30–14:30 Newfoundland time. */
const AT = '?at=2026-11-29T16:00:00Z';

/** Waits until the service worker controls the page (it claims open pages when it activates). */
async function controlledBySw(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** Whether the service worker has saved this path (and query) in one of its caches. */
async function isSaved(page: Page, pathAndQuery: string): Promise<boolean> {
  return page.evaluate(async (target) => {
    for (const name of await caches.keys()) {
      if (!name.startsWith('guichet-')) continue;
      const cache = await caches.open(name);
      if (await cache.match(new URL(target, location.origin).href, { ignoreVary: true })) return true;
    }
    return false;
  }, pathAndQuery);
}

test.describe('installable', () => {
  test('the manifests are served with names in both languages, icons and a theme', async ({ page, request }) => {
    for (const [path, lang, name] of [
      ['/manifest-en.webmanifest', 'en-CA', /Government services/],
      ['/manifest-fr.webmanifest', 'fr-CA', /Services gouvernementaux/],
    ] as const) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
      expect(response.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
      const manifest = await response.json();
      expect(manifest.lang).toBe(lang);
      expect(manifest.name).toMatch(name);
      expect(Object.values(manifest.name_localized as Record<string, string>)[0]).not.toBe(manifest.name);
      expect(manifest.display).toBe('standalone');
      expect(manifest.theme_color).toMatch(/^#/);
      for (const icon of manifest.icons as Array<{ src: string; type: string }>) {
        const file = await request.get(icon.src);
        expect(file.status(), icon.src).toBe(200);
        expect(file.headers()['content-type']).toContain(icon.type);
      }
    }
    await page.goto('/fr');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest-fr.webmanifest');
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', /^#/);
  });

  test('the service worker registers under the page’s strict CSP, with its own same-origin policy', async ({ page, request }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto('/en');
    const csp = response!.headers()['content-security-policy']!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).toContain("worker-src 'self'");
    await controlledBySw(page);
    const registration = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.ready;
      return { scope: r.scope, script: r.active?.scriptURL ?? '' };
    });
    expect(new URL(registration.scope).pathname).toBe('/');
    expect(new URL(registration.script).pathname).toBe('/sw.js');
    const sw = await request.get('/sw.js');
    expect(sw.headers()['content-type']).toMatch(/javascript/);
    expect(sw.headers()['content-security-policy']).toBe("default-src 'none'; connect-src 'self'; frame-ancestors 'none'");
    expect(sw.headers()['cache-control']).toMatch(/no-cache/);
    // the app shell is stored at install: both offline pages
    await expect.poll(() => isSaved(page, '/fr/hors-ligne')).toBe(true);
    await expect.poll(() => isSaved(page, '/en/offline')).toBe(true);
    expect(violations).toEqual([]);
  });
});

test.describe('offline', () => {
  test('a service-point page opened online reopens offline with a dated “may have changed” banner', async ({ page, context }) => {
    await page.goto(`${OUTREACH}${AT}`);
    await controlledBySw(page);
    // opened again now that the worker is in charge: it keeps the page
    await page.reload();
    await expect.poll(() => isSaved(page, `${OUTREACH}${AT}`)).toBe(true);
    await expect(page.locator('[data-offline-banner]')).toHaveCount(0);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Old Perlican Scheduled Outreach Site' })).toBeVisible();
    const banner = page.locator('[data-offline-banner]');
    await expect(banner).toBeVisible();
    await expect(banner).toHaveAttribute('role', 'status');
    await expect(banner).toContainText(/This page was saved on .*20\d\d.*\. It may have changed since\./);
    // the saved page still has its hours and next visit
    await expect(page.getByText(/Next visit: Wednesday, December 16/)).toBeVisible();
    await expectNoAxeViolations(page);

    // a page never opened: the offline page, in the page's language
    await page.goto('/fr/lieux/hope-scheduled-outreach-site-bc-saq').catch(() => undefined);
    await expect(page.getByRole('heading', { level: 1, name: 'Vous êtes hors ligne' })).toBeVisible();
    // and it lists what is saved, with a link back to it
    await expect(page.getByRole('link', { name: /Old Perlican Scheduled Outreach Site/ })).toBeVisible();
    await context.setOffline(false);
  });

  test('the same in French, and an unsaved English page gives the English offline page', async ({ page, context }) => {
    await page.goto(`${OUTREACH_FR}${AT}`);
    await controlledBySw(page);
    await page.reload();
    await expect.poll(() => isSaved(page, `${OUTREACH_FR}${AT}`)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('[data-offline-banner]')).toContainText(/Cette page a été enregistrée le .*\. Elle a pu changer depuis\./);
    await page.goto('/en/services/passport').catch(() => undefined);
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await context.setOffline(false);
  });

  test('the offline page exists in both languages, online too', async ({ page }) => {
    for (const [path, heading] of [
      ['/en/offline', 'You are offline'],
      ['/fr/hors-ligne', 'Vous êtes hors ligne'],
    ] as const) {
      const response = await page.goto(path);
      expect(response!.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectNoAxeViolations(page);
    }
    // the French slug is the French page; the English slug under /fr goes to it
    await page.goto('/fr/offline');
    await expect(page).toHaveURL(/\/fr\/hors-ligne$/);
  });
});

test.describe('print', () => {
  test('paper shows the name, address, week hours, phone, services and date printed, without navigation, buttons or map', async ({
    page,
  }) => {
    await page.goto(`${OFFICE}${AT}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('.take-away')).toBeHidden();
    await expect(page.locator('.location__map')).toBeHidden();
    await expect(page.getByRole('link', { name: /^(Directions|Itinéraire)/ })).toBeHidden();
    await expect(page.locator('.directions')).toBeHidden();
    expect(await page.locator('button:visible').count()).toBe(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('address')).toBeVisible();
    await expect(page.getByRole('table', { name: /Opening hours for the next 7 days/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /613-856-9022/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Services at this location' })).toBeVisible();
    await expect(page.locator('.printed-on')).toBeVisible();
    await expect(page.locator('.printed-on')).toContainText(/^Printed on .+ from .*\/en\/locations\/kingston-service-canada-centre-3792/);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.printed-on')).toBeHidden();
  });

  test('French paper is in French', async ({ page }) => {
    await page.goto(`/fr/lieux/kingston-service-canada-centre-3792${AT}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
    await expect(page.locator('.printed-on')).toContainText(/^Imprimé le .+ à partir de /);
    await expect(page.getByRole('table', { name: /Heures d'ouverture des 7 prochains jours/ })).toBeVisible();
  });
});

test.describe('share', () => {
  test('copy link copies the page’s address; the plain link is there too', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${OFFICE}?text=0`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // the display choice (text=0) is not part of what is shared
    expect(copied).toBe(new URL(OFFICE, page.url()).href);
    await expect(page.getByRole('link', { name: 'Link to this page' })).toHaveAttribute('href', OFFICE);
    await expectNoAxeViolations(page);
  });

  test('on a phone, Share opens the device’s share sheet with the page', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await blockExternalRequests(page);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
        },
      });
    });
    await page.goto('/fr/recherche?q=passeport&near=E1C');
    await page.getByRole('button', { name: 'Partager ces résultats' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
    expect(shared.url).toBe(new URL('/fr/recherche?q=passeport&near=E1C', page.url()).href);
    await context.close();
  });

  test('without JavaScript: plain share link, print hint, calendar and text-only links still work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await blockExternalRequests(page);
    await page.goto(`${OUTREACH}${AT}`);
    await expect(page.getByRole('button', { name: /Copy link|Share/ })).toHaveCount(0);
    const shareHref = await page.getByRole('link', { name: 'Link to this page' }).getAttribute('href');
    expect(decodeURIComponent(shareHref ?? '')).toBe(`${OUTREACH}${AT}`);
    await expect(page.getByText('To print, use your browser’s Print command.')).toBeVisible();
    await expect(
      page.getByRole('link', { name: /Add the next visit \(Wednesday, December 16, 10:30 a\.m\.\) to my calendar/ }),
    ).toHaveAttribute('href', '/api/v1/locations/sc-nf-sac/next-visit.ics?lang=en');
    // text only, remembered by a cookie set without JavaScript
    await page.getByRole('link', { name: 'Text only (no map)' }).click();
    await expect(page).toHaveURL(/text=1/);
    expect((await context.cookies()).find((c) => c.name === 'guichet-text-only')?.value).toBe('1');
    await page.goto(OFFICE);
    await expect(page.getByRole('link', { name: 'Show the map' })).toBeVisible();
    await context.close();
  });
});

test.describe('calendar', () => {
  test('the next outreach visit downloads as an .ics file at the site’s local time', async ({ page, request }) => {
    await page.goto(`${OUTREACH}${AT}`);
    const link = page.getByRole('link', { name: /Add the next visit/ });
    const href = await link.getAttribute('href');
    const response = await request.get(`${href!}&at=2026-11-29T16:00:00Z`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="guichet-old-perlican-[a-z0-9-]+-2026-12-16\.ics"$/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    // 10:30 Newfoundland Standard Time (UTC−3:30)
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-16T14:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-16T18:00:00.000Z');
    expect(event.summary).toBe('Outreach visit: Old Perlican Scheduled Outreach Site');

    const fr = await request.get('/api/v1/locations/sc-bc-saq/next-visit.ics?lang=fr&at=2026-11-29T16:00:00Z');
    const frEvent = new ICAL.Event(new ICAL.Component(ICAL.parse(await fr.text())).getFirstSubcomponent('vevent')!);
    // 09:30 in British Columbia, UTC−7 all year since November 2026
    expect(frEvent.startDate.toJSDate().toISOString()).toBe('2026-12-16T16:30:00.000Z');
    expect(frEvent.summary).toMatch(/^Visite itinérante : /);
  });
});

test.describe('light on data', () => {
  test('on a phone, tiles load only once the map is scrolled into view', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 400 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await blockExternalRequests(page);
    const tiles: string[] = [];
    page.on('request', (r) => {
      if (/^https?:\/\/(?!localhost|127\.0\.0\.1)/.test(r.url()) && /tile/.test(r.url())) tiles.push(r.url());
    });
    await page.goto(OFFICE);
    await page.waitForLoadState('networkidle');
    expect(tiles).toEqual([]);
    await expect(page.locator('.leaflet-container')).toHaveCount(0);
    await page.locator('[data-map-deferred]').scrollIntoViewIfNeeded();
    await expect(page.locator('.leaflet-container')).toBeVisible();
    await expect.poll(() => tiles.length).toBeGreaterThan(0);
    await context.close();
  });

  test('the Load the map button loads it at once; text only drops it and is remembered', async ({ page, context }) => {
    await page.setViewportSize({ width: 390, height: 400 });
    await page.goto(OFFICE);
    // the button works once the page is interactive
    await page.waitForLoadState('networkidle');
    // dispatched rather than clicked: a click would scroll the map into view, which loads it on its own
    await page.getByRole('button', { name: 'Load the map' }).dispatchEvent('click');
    await expect(page.locator('.leaflet-container')).toBeVisible();

    await page.goto(`${OFFICE}?text=1`);
    await expect(page.getByText(/Text-only mode: the map is not loaded/)).toBeVisible();
    await expect(page.locator('[data-map-deferred], .leaflet-container')).toHaveCount(0);
    expect((await context.cookies()).find((c) => c.name === 'guichet-text-only')?.value).toBe('1');
    // remembered on the next page, results too (on a wide screen, where the map sits beside the list)
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/search?q=passport&near=K7L');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.leaflet-container')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Show the map' })).toBeVisible();
    await page.getByRole('link', { name: 'Show the map' }).click();
    // the map is back: it loads as it comes into view, below the list's start
    await page.locator('[data-map-deferred]').scrollIntoViewIfNeeded();
    await expect(page.locator('.leaflet-container')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
