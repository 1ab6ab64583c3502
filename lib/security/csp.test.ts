import { describe, expect, it } from 'vitest';
import { pageCsp, newNonce, SERVICE_WORKER_CSP } from './csp';
import { tileConfig } from '../config';

describe('pageCsp', () => {
  it('never allows eval or inline scripts in production and forbids framing', () => {
    const csp = pageCsp('abc', 'https://tile.openstreetmap.org');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).toContain("script-src 'self' 'nonce-abc'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/img-src [^;]*https:\/\/tile\.openstreetmap\.org/);
    expect(csp).not.toMatch(/script-src[^;]*tile/);
  });
  it('lets pages register a same-origin service worker and manifest only', () => {
    const csp = pageCsp('abc', 'https://tile.openstreetmap.org');
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");
    expect(csp).not.toMatch(/worker-src[^;]*(\*|https?:|blob:)/);
  });
  it('gives the service worker itself same-origin fetches and nothing else', () => {
    const directives = Object.fromEntries(
      SERVICE_WORKER_CSP.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toBeUndefined();
    expect(SERVICE_WORKER_CSP).not.toContain('tile');
  });
  it('makes a fresh nonce each time', () => {
    expect(newNonce()).not.toBe(newNonce());
  });
});

describe('tileConfig', () => {
  it('takes the tile origin from configuration', () => {
    expect(tileConfig({ GUICHET_TILE_URL: 'https://tiles.example.ca/{z}/{x}/{y}.png' }).origin).toBe('https://tiles.example.ca');
  });
  it('refuses plain http tiles', () => {
    expect(() => tileConfig({ GUICHET_TILE_URL: 'http://tiles.example.ca/{z}/{x}/{y}.png' })).toThrow(/https/);
  });
});
