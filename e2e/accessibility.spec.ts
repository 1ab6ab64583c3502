import { expect, test } from '@playwright/test';
import { blockExternalRequests, expectNoAxeViolations } from './helpers';

const PAGES: Record<string, { en: string; fr: string }> = {
  home: { en: '/en', fr: '/fr' },
  results: { en: '/en/search?q=passport&near=K1A+0B1', fr: '/fr/recherche?q=passeport&near=K1A+0B1' },
  'results without place': { en: '/en/search?q=EI', fr: '/fr/recherche?q=AE' },
  'ambiguous place': { en: '/en/search?q=SIN&near=Kingston', fr: '/fr/recherche?q=NAS&near=Kingston' },
  'service point': {
    en: '/en/locations/gatineau-hull-service-canada-centre-and-passport-services-2005',
    fr: '/fr/lieux/gatineau-hull-service-canada-centre-and-passport-services-2005',
  },
  'outreach site': { en: '/en/search?q=outreach&near=Alliston', fr: '/fr/recherche?q=services+mobiles&near=Alliston' },
  service: { en: '/en/services/passport?near=Ottawa', fr: '/fr/services/passport?near=Ottawa' },
  'life events': { en: '/en/life-events', fr: '/fr/evenements-de-vie' },
  'life event': { en: '/en/life-events/having-a-baby', fr: '/fr/evenements-de-vie/avoir-un-bebe' },
  'about the data': { en: '/en/about-the-data', fr: '/fr/a-propos-des-donnees' },
  accessibility: { en: '/en/accessibility', fr: '/fr/accessibilite' },
  'not found': { en: '/en/nowhere', fr: '/fr/nulle-part' },
};

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 360, height: 740 },
]) {
  test.describe(`axe at ${viewport.name} size`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    for (const [kind, paths] of Object.entries(PAGES)) {
      for (const locale of ['en', 'fr'] as const) {
        test(`${kind} (${locale})`, async ({ page }) => {
          await blockExternalRequests(page);
          await page.goto(paths[locale]);
          await expect(page.locator('h1')).toHaveCount(1);
          await expectNoAxeViolations(page);
        });
      }
    }
  });
}

test('every page type has its own title in each language', async ({ page }) => {
  // 22 pages in a row: well over 30 s on a busy 2-core machine
  test.setTimeout(120_000);
  await blockExternalRequests(page);
  const titles = new Set<string>();
  for (const paths of Object.values(PAGES)) {
    for (const path of [paths.en, paths.fr]) {
      await page.goto(path);
      titles.add(await page.title());
    }
  }
  // the two results pages share a title pattern but differ by query; everything else is distinct
  expect(titles.size).toBeGreaterThanOrEqual(Object.keys(PAGES).length * 2 - 2);
});

test('French pages carry no English UI text', async ({ page }) => {
  await blockExternalRequests(page);
  for (const paths of Object.values(PAGES)) {
    await page.goto(paths.fr);
    // text outside elements explicitly marked lang="en" (source data quoted as published)
    const text = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let out = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('[lang="en"], [lang="en-CA"], script, style, .leaflet-control-attribution')) continue;
        out += ` ${node.textContent}`;
      }
      return out;
    });
    for (const english of [
      'Search',
      'Open now',
      'Closed now',
      'Directions',
      'Opening hours',
      'Services for your need',
      'Skip to main content',
      'Approximate location',
      'Provided by',
      'Nearest places',
    ]) {
      expect(text, `${paths.fr}: "${english}"`).not.toContain(english);
    }
  }
});
