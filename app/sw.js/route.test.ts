import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { GET } = await import('./route');
const manifest = await import('../manifest-fr.webmanifest/route');
const { getSnapshot } = await import('@/lib/data/server');

describe('GET /sw.js', () => {
  it('serves the worker, versioned by the data snapshot, never cached stale', async () => {
    const response = GET();
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/no-cache/);
    const source = await response.text();
    expect(source).toContain(`guichet-pages-${getSnapshot().snapshot.version}`);
    expect(source).toContain('"/fr/hors-ligne"');
    expect(source).toContain('data-offline-saved');
    expect(() => new Function(source)).not.toThrow();
    // measured: the worker stays small
    expect(new TextEncoder().encode(source).length).toBeLessThan(12_000);
  });
});

describe('GET /manifest-fr.webmanifest', () => {
  it('serves the French manifest as application/manifest+json', async () => {
    const response = manifest.GET();
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const body = await response.json();
    expect(body.lang).toBe('fr-CA');
    expect(body.start_url).toBe('/fr');
  });
});
