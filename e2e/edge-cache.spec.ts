import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { nginxBinary, startNginx } from '../bench/nginx';
import { EDGE_PLACEHOLDER_HEADER, EDGE_SECRET_HEADER, EDGE_VARIANT_HEADER, placeholderNonce } from '../lib/security/edge';
import { E2E_EDGE_SECRET } from './edge';
import { blockExternalRequests } from './helpers';

/**
 * Issue 15 — pages cached at the edge with a fresh nonce per response: Debian's nginx with deploy/nginx/guichet.conf
 * (bench/nginx.ts: loopback ports, a temporary folder) in front of the `next start` on E2E_PORT + 1, which has the
 * edge secret (playwright.config.ts).
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const APP = `http://127.0.0.1:${port + 1}`;
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? port + 20);
const EDGE = `http://127.0.0.1:${NGINX_PORT}`;
const STRICT_HEADERS = ['strict-transport-security', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'permissions-policy'];

test.describe.configure({ mode: 'serial' });
test.skip(nginxBinary() === undefined && !process.env.CI, 'nginx is not installed here (apt-get install -y nginx; .ci/run does)');

let nginx: { stop: () => Promise<void> } | undefined;
let folder = '';
/** Makes every URL of this run its own cache entry, so the first request is a miss whatever ran before. */
const run = Date.now().toString(36);

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'guichet-e2e-nginx-'));
  nginx = await startNginx({
    folder,
    port: NGINX_PORT,
    upstreamPorts: [port + 1],
    edgeSecret: E2E_EDGE_SECRET,
    readyPath: '/api/v1/sources',
  });
});

test.afterAll(async () => {
  await nginx?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** The placeholders the app may have rendered with during this test (this minute and the one before). */
function placeholders(): string[] {
  const now = Date.now();
  return [now, now - 60_000].map((instant) => placeholderNonce(E2E_EDGE_SECRET, new Date(instant)));
}

/** A page should be fetched twice within one minute (its cache life): wait for the next minute when this one is ending. */
async function withinOneMinute(): Promise<void> {
  const seconds = new Date().getUTCSeconds();
  if (seconds >= 50) await new Promise((resolve) => setTimeout(resolve, (61 - seconds) * 1000));
}

/** What a client receives: the nonce of the policy, checked against the body, the headers and the placeholder. */
async function checkedNonce(response: APIResponse, label: string): Promise<string> {
  expect(response.status(), label).toBe(200);
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  const nonce = /script-src 'self' 'nonce-([0-9a-f]{32})' 'strict-dynamic'/.exec(csp)?.[1];
  expect(nonce, `${label}: ${csp}`).toBeDefined();
  expect(csp, label).toContain(`style-src 'self' 'nonce-${nonce}'`);
  // one policy: the guard the app sends beside it until the edge's rewrite is gone
  expect(csp, label).not.toContain(',');
  const body = await response.text();
  const nonces = [...body.matchAll(/nonce="([^"]*)"/g)].map((match) => match[1]);
  expect(nonces.length, label).toBeGreaterThan(0);
  expect(new Set(nonces), label).toEqual(new Set([nonce]));
  const visible = [body, ...response.headersArray().map(({ name, value }) => `${name}: ${value}`)].join('\n');
  for (const placeholder of placeholders()) expect(visible.includes(placeholder), `${label}: placeholder visible`).toBe(false);
  expect(visible, label).not.toContain(E2E_EDGE_SECRET);
  for (const name of [EDGE_PLACEHOLDER_HEADER, EDGE_SECRET_HEADER, EDGE_VARIANT_HEADER, 'x-accel-expires'])
    expect(headers[name], `${label}: ${name}`).toBeUndefined();
  expect(headers['cache-control'], label).toMatch(/private/);
  expect(headers['cache-control'], label).toMatch(/no-store/);
  for (const name of STRICT_HEADERS) expect(headers[name], `${label}: ${name}`).toBeTruthy();
  return nonce!;
}

test('pages in both languages, a results page and a service point come from the cache with a fresh nonce each time', async ({
  request,
}) => {
  const search = await request.get(`${EDGE}/api/v1/search?q=passport&near=Ottawa&limit=1`);
  const location = ((await search.json()) as { results: Array<{ path: string }> }).results[0]!.path;
  const pages = [
    `/en?run=${run}`,
    `/fr?run=${run}`,
    `/en/search?q=passport&near=Ottawa&run=${run}`,
    `/fr/recherche?q=passeport&near=Montr%C3%A9al&run=${run}`,
    `${location}?run=${run}`,
  ];
  for (const path of pages) {
    await withinOneMinute();
    const first = await request.get(`${EDGE}${path}`);
    expect(first.headers()['x-cache-status'], path).toBe('MISS');
    const second = await request.get(`${EDGE}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(second.headers()['x-cache-status'], path).toBe('HIT');
    expect(second.headers()['content-encoding'], path).toBe('gzip');
    const [a, b] = [await checkedNonce(first, `${path} (miss)`), await checkedNonce(second, `${path} (hit)`)];
    expect(a, path).not.toBe(b);
  }
});

test('the cache keys on what the HTML depends on, and never keeps personal pages, router payloads or cookie answers', async ({
  request,
}) => {
  await withinOneMinute();
  const path = `/en/search?q=health+card&near=Halifax&run=${run}`;
  expect((await request.get(`${EDGE}${path}`)).headers()['x-cache-status']).toBe('MISS');
  expect((await request.get(`${EDGE}${path}`)).headers()['x-cache-status']).toBe('HIT');
  // another default map app, or text only: another page, another entry
  const iphone = { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)' };
  expect((await request.get(`${EDGE}${path}`, { headers: iphone })).headers()['x-cache-status']).toBe('MISS');
  expect((await request.get(`${EDGE}${path}`, { headers: iphone })).headers()['x-cache-status']).toBe('HIT');
  const textOnly = { cookie: 'guichet-text-only=1' };
  expect((await request.get(`${EDGE}${path}`, { headers: textOnly })).headers()['x-cache-status']).toBe('MISS');
  expect((await request.get(`${EDGE}${path}`, { headers: textOnly })).headers()['x-cache-status']).toBe('HIT');
  // a client's own edge headers change nothing: nginx sets them
  const forged = await request.get(`${EDGE}${path}`, {
    headers: { [EDGE_SECRET_HEADER]: 'forged', [EDGE_VARIANT_HEADER]: 'platform=apple; text-only=1' },
  });
  expect(forged.headers()['x-cache-status']).toBe('HIT');
  await checkedNonce(forged, 'forged edge headers');

  // the steward view (its HTML depends on the session) is never stored
  for (let i = 0; i < 2; i++) expect((await request.get(`${EDGE}/en/stewards?run=${run}`)).headers()['x-cache-status']).toBe('MISS');
  // Next's router payload for the same URL is not the page
  const rsc = await request.get(`${EDGE}${path}`, { headers: { rsc: '1' } });
  expect(rsc.headers()['x-cache-status']).toBe('BYPASS');
  expect(rsc.headers()['content-type']).toContain('text/x-component');
  // (before any cookie is set in this test's jar) the redirect from / depends on the person's languages: never stored
  const root = await request.get(`${EDGE}/?run=${run}`, { headers: { 'accept-language': 'fr-CA' }, maxRedirects: 0 });
  expect(root.status()).toBe(307);
  expect(root.headers()['location']).toBe(`/fr?run=${run}`);
  const again = await request.get(`${EDGE}/?run=${run}`, { headers: { 'accept-language': 'en-CA' }, maxRedirects: 0 });
  expect(again.headers()['location']).toBe(`/en?run=${run}`);
  // answers that set a cookie are not served from the cache: the language toggle, the text-only switch
  // (nginx passes the host without its port, as a Referer has none on 443: the test's Referer has none either)
  const toggled = await request.get(`${EDGE}/fr/recherche?q=passeport&near=Ottawa&run=${run}`, {
    headers: { referer: `http://127.0.0.1/en/search?q=passport&near=Ottawa&run=${run}` },
  });
  expect(toggled.headers()['x-cache-status']).toBe('BYPASS');
  expect(toggled.headers()['set-cookie']).toContain('NEXT_LOCALE=fr');
  for (let i = 0; i < 2; i++) {
    const switched = await request.get(`${EDGE}${path}&text=1`);
    expect(switched.headers()['x-cache-status']).toBe('BYPASS');
    expect(switched.headers()['set-cookie']).toContain('guichet-text-only=1');
  }
});

test('without the edge, the app gives every page a fresh nonce and keeps it private', async ({ request }) => {
  const path = `/en/search?q=passport&near=Ottawa&run=${run}`;
  const asEdge = {
    [EDGE_SECRET_HEADER]: E2E_EDGE_SECRET,
    [EDGE_VARIANT_HEADER]: 'platform=other; text-only=0',
    'accept-encoding': 'identity',
  };
  const nonces: string[] = [];
  for (const headers of [{}, { ...asEdge, [EDGE_SECRET_HEADER]: `${E2E_EDGE_SECRET}x` }, { ...asEdge, 'accept-encoding': 'gzip, br' }]) {
    const response = await request.get(`${APP}${path}`, { headers });
    const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/_-]+=*)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce).toBeDefined();
    expect(placeholders()).not.toContain(nonce);
    expect(await response.text()).toContain(`nonce="${nonce}"`);
    expect(response.headers()['cache-control']).toMatch(/private/);
    expect(response.headers()['x-accel-expires']).toBeUndefined();
    expect(response.headers()[EDGE_PLACEHOLDER_HEADER]).toBeUndefined();
    nonces.push(nonce!);
  }
  expect(new Set(nonces).size).toBe(nonces.length);
});

async function cspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective}`));
  });
  return violations;
}

const hydrated = (page: Page) => page.evaluate(() => document.activeElement?.id === 'results-summary');

test('in Chromium through nginx, a cached results page runs its scripts with no CSP violation', async ({ page }) => {
  await blockExternalRequests(page);
  const violations = await cspViolations(page);
  const url = `${EDGE}/en/search?q=passport&near=Ottawa&run=${run}-browser`;
  await withinOneMinute();
  for (const expected of ['MISS', 'HIT']) {
    const response = await page.goto(url);
    expect(response!.headers()['x-cache-status']).toBe(expected);
    // the results page moves focus to its summary once hydrated
    await expect.poll(() => hydrated(page)).toBe(true);
  }
  expect(violations).toEqual([]);
});

test('a page the edge did not rewrite runs no script at all (fails closed)', async ({ page, request }) => {
  const path = `/en/search?q=passport&near=Ottawa&run=${run}-unrewritten`;
  // what a misconfigured edge would pass on: asked with the secret, then sent as is
  const unrewritten = await request.get(`${APP}${path}`, {
    headers: { [EDGE_SECRET_HEADER]: E2E_EDGE_SECRET, [EDGE_VARIANT_HEADER]: 'platform=other; text-only=0', 'accept-encoding': 'identity' },
  });
  expect(unrewritten.headers()['x-accel-expires']).toMatch(/^@\d+$/);
  expect(unrewritten.headers()['content-security-policy']).toMatch(/, script-src 'none'$/);
  await blockExternalRequests(page);
  const violations = await cspViolations(page);
  await page.route(`${APP}${path}`, (route) => route.fulfill({ response: unrewritten }));
  await page.goto(`${APP}${path}`);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await hydrated(page)).toBe(false);
});

test('the edge logs each request by its path alone: no place from the query string reaches its log', async ({ request }) => {
  const marker = `${run}-log`;
  expect((await request.get(`${EDGE}/api/v1/search?q=passport&near=K1A+0B1&lat=45.4&lon=-75.7&run=${marker}`)).status()).toBe(200);
  expect((await request.get(`${EDGE}/en/search?q=passport&near=K1A+0B1&run=${marker}`)).status()).toBe(200);
  // nginx writes its log line once the answer is sent
  await expect.poll(() => readFileSync(join(folder, 'guichet-access.log'), 'utf8')).toContain('"GET /en/search"');
  const log = readFileSync(join(folder, 'guichet-access.log'), 'utf8');
  expect(log).toContain('"GET /api/v1/search"');
  for (const secret of ['K1A', '45.4', '-75.7', marker, 'near=', '?']) expect(log).not.toContain(secret);
});

test('open-data exports through the edge: NDJSON compressed, cached as API answers, with the API’s own policy', async ({ request }) => {
  // (the edge cache is new for each run of this file)
  const path = '/api/hsds/services?format=ndjson';
  const first = await request.get(`${EDGE}${path}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(first.status()).toBe(200);
  expect(first.headers()['content-type']).toBe('application/x-ndjson; charset=utf-8');
  expect(first.headers()['content-encoding']).toBe('gzip');
  const lines = (await first.text()).trim().split('\n');
  expect(lines.length).toBeGreaterThan(0);
  expect((JSON.parse(lines[0]!) as { id: string }).id).toMatch(/\S/);
  // the API's policy (no page policy with a nonce), and a shared-cache hit on the second request
  expect(first.headers()['content-security-policy']).not.toContain('nonce-');
  const second = await request.get(`${EDGE}${path}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(second.headers()['x-cache-status']).toBe('HIT');
});
