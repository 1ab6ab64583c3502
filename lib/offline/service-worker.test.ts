import { describe, expect, it } from 'vitest';
import { cacheNames, serviceWorkerSource, OFFLINE_LIMITS, SAVED_AT_HEADER } from './service-worker';

const ORIGIN = 'https://guichet.example.ca';

/** Cache Storage in memory, keeping insertion order like browsers do. */
class FakeCache {
  entries = new Map<string, Response>();
  private key(request: RequestInfo | URL): string {
    const url = typeof request === 'string' ? request : request instanceof URL ? request.href : request.url;
    return new URL(url, ORIGIN).href;
  }
  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    return this.entries.get(this.key(request))?.clone();
  }
  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    const key = this.key(request);
    this.entries.delete(key);
    this.entries.set(key, response);
  }
  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.entries.delete(this.key(request));
  }
  async keys(): Promise<Request[]> {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
}

class FakeCacheStorage {
  stores = new Map<string, FakeCache>();
  async open(name: string): Promise<FakeCache> {
    if (!this.stores.has(name)) this.stores.set(name, new FakeCache());
    return this.stores.get(name)!;
  }
  async keys(): Promise<string[]> {
    return [...this.stores.keys()];
  }
  async delete(name: string): Promise<boolean> {
    return this.stores.delete(name);
  }
  async match(request: RequestInfo | URL, options?: { cacheName?: string }): Promise<Response | undefined> {
    const names = options?.cacheName ? [options.cacheName] : [...this.stores.keys()];
    for (const name of names) {
      const hit = await this.stores.get(name)?.match(request);
      if (hit) return hit;
    }
    return undefined;
  }
}

function page(title: string, extra = ''): Response {
  return new Response(
    `<!doctype html><html lang="en-CA"><head><title>${title}</title><link rel="stylesheet" href="/_next/static/css/app.css"></head><body class="x"><main>${title}${extra}</main></body></html>`,
    {
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'nonce-abc'", vary: 'RSC' },
    },
  );
}

function loadWorker(version = 'v1') {
  const listeners = new Map<string, (event: unknown) => void>();
  const storage = new FakeCacheStorage();
  const state = { online: true, fetched: [] as string[] };
  const fakeFetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, ORIGIN);
    state.fetched.push(url.pathname + url.search);
    if (!state.online) throw new TypeError('Failed to fetch');
    if (url.pathname.startsWith('/_next/static/')) return new Response('/* asset */', { headers: { 'content-type': 'text/css' } });
    if (url.pathname.endsWith('.webmanifest')) return new Response('{}', { headers: { 'content-type': 'application/manifest+json' } });
    return page(`Page ${url.pathname}`);
  };
  const self = {
    location: new URL(`${ORIGIN}/sw.js`),
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    skipWaiting: async () => undefined,
    clients: { claim: async () => undefined },
  };
  const source = serviceWorkerSource({
    version,
    shell: ['/en', '/fr', '/en/offline', '/fr/hors-ligne', '/manifest-en.webmanifest'],
    offlinePath: { en: '/en/offline', fr: '/fr/hors-ligne' },
  });
  new Function('self', 'caches', 'fetch', source)(self, storage, fakeFetch);

  async function dispatch(type: string, init: Record<string, unknown> = {}): Promise<Response | undefined> {
    const waits: Promise<unknown>[] = [];
    let responded: Promise<Response> | undefined;
    listeners.get(type)?.({
      ...init,
      waitUntil: (p: Promise<unknown>) => waits.push(p),
      respondWith: (p: Promise<Response>) => (responded = p),
    });
    const response = responded ? await responded : undefined;
    // waitUntil may be called while respondWith's promise runs
    for (let i = 0; i < waits.length; i++) await waits[i];
    return response;
  }
  const navigate = (path: string) => dispatch('fetch', { request: { url: `${ORIGIN}${path}`, method: 'GET', mode: 'navigate' } });
  const get = (url: string) => dispatch('fetch', { request: new Request(url.startsWith('http') ? url : `${ORIGIN}${url}`) });
  return { storage, state, dispatch, navigate, get, names: cacheNames(version) };
}

describe('service worker', () => {
  it('stores the app shell at install, with the scripts and styles its pages use', async () => {
    const sw = loadWorker();
    await sw.dispatch('install');
    const shell = sw.storage.stores.get(sw.names.shell)!;
    expect([...shell.entries.keys()].map((k) => new URL(k).pathname).sort()).toEqual([
      '/en',
      '/en/offline',
      '/fr',
      '/fr/hors-ligne',
      '/manifest-en.webmanifest',
    ]);
    expect([...sw.storage.stores.get(sw.names.assets)!.entries.keys()]).toEqual([`${ORIGIN}/_next/static/css/app.css`]);
  });

  it('saves an opened service-point page and shows it offline with a dated banner', async () => {
    const sw = loadWorker();
    await sw.dispatch('install');
    const online = await sw.navigate('/en/locations/service-canada-moncton');
    expect(await online!.text()).toContain('Page /en/locations/service-canada-moncton');
    const saved = await sw.storage.stores.get(sw.names.pages)!.match(`${ORIGIN}/en/locations/service-canada-moncton`);
    expect(saved!.headers.get(SAVED_AT_HEADER)).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(saved!.headers.get('vary')).toBeNull();

    sw.state.online = false;
    const offline = await sw.navigate('/en/locations/service-canada-moncton');
    const html = await offline!.text();
    // marked with when it was saved; the page renders the banner from the mark (an element added here breaks hydration)
    expect(html).toMatch(/^<!doctype html><html data-offline-saved="2\d{3}-\d\d-\d\dT[0-9:.]+Z" lang="en-CA">/i);
    expect(html).not.toContain('data-offline-banner');
    // the saved page keeps its own policy (its nonce matches its scripts)
    expect(offline!.headers.get('content-security-policy')).toBe("script-src 'nonce-abc'");
  });

  it('answers the offline page in the page language when nothing was saved', async () => {
    const sw = loadWorker();
    await sw.dispatch('install');
    sw.state.online = false;
    expect(await (await sw.navigate('/fr/lieux/never-opened'))!.text()).toContain('Page /fr/hors-ligne');
    expect(await (await sw.navigate('/en/services/passport'))!.text()).toContain('Page /en/offline');
  });

  it('falls back to a bilingual page when even the shell is missing', async () => {
    const sw = loadWorker();
    sw.state.online = false;
    const response = await sw.navigate('/en/search?q=passport');
    expect(response!.status).toBe(503);
    const html = await response!.text();
    expect(html).toContain('You are offline');
    expect(html).toContain('Vous êtes hors ligne');
  });

  it('keeps the last results pages and only the last few', async () => {
    const sw = loadWorker();
    for (let i = 0; i < OFFLINE_LIMITS.results + 3; i++) await sw.navigate(`/fr/recherche?q=passeport&near=E1C&offset=${i}`);
    const keys = [...sw.storage.stores.get(sw.names.results)!.entries.keys()];
    expect(keys).toHaveLength(OFFLINE_LIMITS.results);
    expect(keys.at(-1)).toContain(`offset=${OFFLINE_LIMITS.results + 2}`);
    expect(keys[0]).toContain('offset=3');
  });

  it('bounds the saved pages, dropping the least recently opened', async () => {
    const sw = loadWorker();
    for (let i = 0; i < OFFLINE_LIMITS.pages; i++) await sw.navigate(`/en/locations/point-${i}`);
    await sw.navigate('/en/locations/point-0'); // opened again: now the most recent
    for (let i = OFFLINE_LIMITS.pages; i < OFFLINE_LIMITS.pages + 5; i++) await sw.navigate(`/en/locations/point-${i}`);
    const keys = [...sw.storage.stores.get(sw.names.pages)!.entries.keys()].map((k) => new URL(k).pathname);
    expect(keys).toHaveLength(OFFLINE_LIMITS.pages);
    expect(keys).toContain('/en/locations/point-0');
    expect(keys).not.toContain('/en/locations/point-1');
    expect(keys).not.toContain('/en/locations/point-5');
    expect(keys).toContain('/en/locations/point-6');
  });

  it('clears every cache of an older data snapshot when the new worker activates', async () => {
    const old = loadWorker('20260101T000000Z');
    await old.navigate('/en/locations/a');
    const sw = loadWorker('20261129T160416Z');
    sw.storage.stores = old.storage.stores;
    sw.storage.stores.set('someone-else', new FakeCache());
    await sw.dispatch('activate');
    expect([...sw.storage.stores.keys()]).toEqual(['someone-else']);
  });

  it('never touches other origins or non-GET requests', async () => {
    const sw = loadWorker();
    expect(await sw.get('https://tile.openstreetmap.org/1/1/1.png')).toBeUndefined();
    expect(
      await sw.dispatch('fetch', { request: new Request(`${ORIGIN}/api/v1/reports`, { method: 'POST', body: '{}' }) }),
    ).toBeUndefined();
    expect(await sw.get('/api/v1/search?q=x')).toBeUndefined();
    expect(sw.state.fetched).toEqual([]);
  });

  it('embeds its configuration as data only', () => {
    const source = serviceWorkerSource({ version: '"*/</script>', shell: [], offlinePath: { en: '/en/offline', fr: '/fr/hors-ligne' } });
    expect(source).not.toContain('</script>');
    expect(() => new Function(source)).not.toThrow();
  });
});
