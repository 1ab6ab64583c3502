import { expect, test } from '@playwright/test';

/**
 * French pages (whose slugs differ from English) must work however the production server is deployed: bound to every
 * interface, to 127.0.0.1 or to localhost, and behind a TLS-terminating reverse proxy that sets Host,
 * X-Forwarded-Host and X-Forwarded-Proto. A rewrite in the proxy used to loop on 127.0.0.1 and answer 500 behind TLS.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const SERVERS = [
  { label: 'bound to every interface', origin: `http://127.0.0.1:${port}` },
  { label: 'bound to 127.0.0.1', origin: `http://127.0.0.1:${port + 1}` },
  { label: 'bound to localhost', origin: `http://localhost:${port + 2}` },
];
const BEHIND_TLS_PROXY = {
  Host: 'guichet.example.ca',
  'X-Forwarded-Host': 'guichet.example.ca',
  'X-Forwarded-Proto': 'https',
  'X-Forwarded-For': '203.0.113.7',
};

test.describe.configure({ mode: 'parallel' });

for (const server of SERVERS) {
  for (const [proxyLabel, headers] of [
    ['direct', {}],
    ['behind a TLS proxy', BEHIND_TLS_PROXY],
  ] as const) {
    test(`every French page type answers when the server is ${server.label}, ${proxyLabel}`, async ({ request }) => {
      const search = await request.get(`${server.origin}/api/v1/search?q=passeport&near=K1A0B1&lang=fr&limit=1`, { headers });
      expect(search.status()).toBe(200);
      const body = (await search.json()) as { results: Array<{ path: string }>; services: Array<{ path: string }> };
      const pages: Array<[string, number, string]> = [
        ['/fr', 200, 'Trouver un service gouvernemental'],
        ['/fr/recherche?q=passeport&near=K1A0B1', 200, 'passeport'],
        [body.results[0]!.path, 200, 'Heures locales'],
        [body.services[0]!.path, 200, '<h1'],
        ['/fr/evenements-de-vie/avoir-un-bebe', 200, 'naissance'],
        ['/fr/a-propos-des-donnees', 200, 'données'],
        ['/fr/accessibilite', 200, 'Accessibilité'],
      ];
      for (const [path, status, text] of pages) {
        const response = await request.get(`${server.origin}${path}`, { headers, maxRedirects: 0 });
        expect(response.status(), `${server.label} ${proxyLabel} ${path}`).toBe(status);
        const html = await response.text();
        expect(html, path).toContain('<html lang="fr-CA"');
        expect(html, path).toContain(text);
        expect(response.headers()['x-middleware-rewrite'], path).toBeUndefined();
        expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
      }
      // Not found: 404 with the headers. (The 404 markup itself arrives in the RSC payload: vercel/next.js#98954.)
      const missing = await request.get(`${server.origin}/fr/page-inexistante`, { headers });
      expect(missing.status()).toBe(404);
      expect(await missing.text()).toContain('Page introuvable');
      expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      // A slug of the wrong language is a relative redirect, right for any host.
      const wrong = await request.get(`${server.origin}/fr/search?q=x`, { headers, maxRedirects: 0 });
      expect(wrong.status()).toBe(308);
      expect(wrong.headers()['location']).toBe('/fr/recherche?q=x');
      // A life event's slug in the other language redirects to this language's own slug.
      const englishSlug = await request.get(`${server.origin}/fr/evenements-de-vie/having-a-baby?order=federal`, {
        headers,
        maxRedirects: 0,
      });
      expect(englishSlug.status()).toBe(308);
      expect(englishSlug.headers()['location']).toBe('/fr/evenements-de-vie/avoir-un-bebe?order=federal');
    });
  }
}

test('the language cookie is set only on a change of language, Secure over HTTPS, with a max age', async ({ request }) => {
  const origin = SERVERS[1]!.origin;
  expect((await request.get(`${origin}/fr`)).headers()['set-cookie']).toBeUndefined();
  const viaToggle = await request.get(`${origin}/fr/accessibilite`, { headers: { Referer: `${origin}/en/accessibility` } });
  expect(viaToggle.headers()['set-cookie']).toBe('NEXT_LOCALE=fr; Path=/; Max-Age=31536000; SameSite=Lax');
  const overHttps = await request.get(`${origin}/en`, { headers: { ...BEHIND_TLS_PROXY, Referer: 'https://guichet.example.ca/fr' } });
  expect(overHttps.headers()['set-cookie']).toBe('NEXT_LOCALE=en; Path=/; Max-Age=31536000; SameSite=Lax; Secure');
});

test('a favicon and robots.txt exist, and static files, redirects and errors carry the security headers', async ({ request }) => {
  const origin = SERVERS[0]!.origin;
  const favicon = await request.get(`${origin}/favicon.ico`);
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  const robots = await request.get(`${origin}/robots.txt`);
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/Disallow: \/api\//);
  const html = await (await request.get(`${origin}/en`)).text();
  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)![0];
  for (const [path, status] of [
    ['/favicon.ico', 200],
    ['/robots.txt', 200],
    [asset, 200],
    ['/en/', 308],
    ['/', 307],
    ['/en/locations/foo.bar', 404],
    ['/en/%C0%AF', 400],
    ['/api/v1/locations/%C0%AF', 400],
  ] as const) {
    const response = await request.get(`${origin}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    const headers = response.headers();
    expect(headers['strict-transport-security'], path).toContain('max-age=');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-middleware-rewrite'], path).toBeUndefined();
  }
  const badApi = await request.get(`${origin}/api/v1/locations/%C0%AF`);
  expect(await badApi.json()).toEqual({
    error: { code: 'invalid-path', message: 'The path holds invalid percent-encoding or control characters.' },
  });
});

test('a NUL or markup in the need never reaches the title or the page raw', async ({ request }) => {
  const origin = SERVERS[0]!.origin;
  for (const q of ['a%00b', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'passport%0d%0aX-Injected:%201']) {
    const response = await request.get(`${origin}/en/search?q=${q}&near=K1A0B1`);
    expect(response.status()).toBeLessThan(500);
    const html = await response.text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    expect(title, q).not.toMatch(/[\u0000-\u001f]/);
    expect(html, q).not.toContain('<script>alert(1)');
    expect(response.headers()['x-injected']).toBeUndefined();
  }
});
