import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** No test may touch the network: map tiles are answered with a blank PNG, anything else off-host is refused. */
export async function blockExternalRequests(page: Page): Promise<void> {
  const blankPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=', 'base64');
  await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => {
    const url = route.request().url();
    if (/tile/.test(url)) return route.fulfill({ status: 200, contentType: 'image/png', body: blankPng });
    return route.abort();
  });
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}
