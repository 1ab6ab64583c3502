import { describe, expect, it } from 'vitest';
import { EDGE_GUARD_POLICY, pageCsp } from './csp';
import {
  EDGE_EXPIRES_HEADER,
  EDGE_PLACEHOLDER_HEADER,
  EDGE_SECRET_HEADER,
  EDGE_VARIANT_HEADER,
  edgeDecision,
  edgeSecret,
  endOfMinute,
  pageSecurity,
  pageVariant,
  placeholderNonce,
  type PageRequest,
} from './edge';

const SECRET = 'a-test-edge-secret-of-forty-characters-x';
const NOW = new Date('2026-11-29T22:10:42.500Z');
const TILES = 'https://tile.openstreetmap.org';

/** A request as nginx sends it (deploy/nginx/guichet.conf), with what a test changes. */
function fromEdge(change: Partial<PageRequest> = {}, headers: Record<string, string | null> = {}): PageRequest {
  const all = new Headers({
    [EDGE_SECRET_HEADER]: SECRET,
    [EDGE_VARIANT_HEADER]: 'platform=other; text-only=0',
    'user-agent': 'Mozilla/5.0 (X11; Linux x86_64)',
  });
  for (const [name, value] of Object.entries(headers)) {
    if (value === null) all.delete(name);
    else all.set(name, value);
  }
  return {
    method: 'GET',
    pathname: '/en/search',
    search: '?q=passport&near=Ottawa',
    headers: all,
    textOnlyCookie: undefined,
    stewardSession: false,
    setsCookie: false,
    ...change,
  };
}

describe('edgeSecret', () => {
  it('is off when unset, blank or too short to be a secret', () => {
    expect(edgeSecret({})).toBeUndefined();
    expect(edgeSecret({ GUICHET_EDGE_SECRET: '   ' })).toBeUndefined();
    expect(edgeSecret({ GUICHET_EDGE_SECRET: 'short-secret' })).toBeUndefined();
    expect(edgeSecret({ GUICHET_EDGE_SECRET: ` ${SECRET}\n` })).toBe(SECRET);
  });
});

describe('pageVariant', () => {
  it('names the map platform and the text-only choice the page is rendered for', () => {
    expect(pageVariant('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0)', '1')).toBe('platform=apple; text-only=1');
    expect(pageVariant('Mozilla/5.0 (Linux; Android 14)', undefined)).toBe('platform=android; text-only=0');
    expect(pageVariant(null, '0')).toBe('platform=other; text-only=other');
  });
});

describe('edgeDecision', () => {
  it('shares a page asked for by the edge until the end of the current minute', () => {
    expect(edgeDecision(fromEdge(), SECRET, NOW)).toEqual({ share: true, expiresAt: Date.parse('2026-11-29T22:11:00Z') / 1000 });
    expect(edgeDecision(fromEdge({ method: 'HEAD' }), SECRET, NOW).share).toBe(true);
  });

  it('keeps every page private when no secret is configured, whatever the request says', () => {
    expect(edgeDecision(fromEdge(), undefined, NOW)).toEqual({ share: false, reason: 'off' });
  });

  it('keeps pages private for anyone without the exact secret', () => {
    expect(edgeDecision(fromEdge({}, { [EDGE_SECRET_HEADER]: null }), SECRET, NOW)).toEqual({ share: false, reason: 'not-from-edge' });
    expect(edgeDecision(fromEdge({}, { [EDGE_SECRET_HEADER]: SECRET.slice(1) }), SECRET, NOW).share).toBe(false);
    expect(edgeDecision(fromEdge({}, { [EDGE_SECRET_HEADER]: `${SECRET}x` }), SECRET, NOW).share).toBe(false);
  });

  it('never shares router payloads, server actions or other methods', () => {
    for (const name of [
      'rsc',
      'next-router-state-tree',
      'next-router-prefetch',
      'next-router-segment-prefetch',
      'next-action',
      'next-url',
    ]) {
      expect(edgeDecision(fromEdge({}, { [name]: '1' }), SECRET, NOW), name).toEqual({ share: false, reason: 'router-request' });
    }
    expect(edgeDecision(fromEdge({ search: '?q=passport&_rsc=1x2y' }), SECRET, NOW)).toEqual({ share: false, reason: 'router-request' });
    expect(edgeDecision(fromEdge({ method: 'POST' }), SECRET, NOW)).toEqual({ share: false, reason: 'method' });
  });

  it('never shares the steward view, in any spelling, nor a request carrying credentials', () => {
    for (const pathname of ['/en/stewards', '/fr/intendants', '/en/%73tewards', '/en/Stewards']) {
      expect(edgeDecision(fromEdge({ pathname, search: '' }), SECRET, NOW), pathname).toEqual({ share: false, reason: 'personal' });
    }
    expect(edgeDecision(fromEdge({ stewardSession: true }), SECRET, NOW).share).toBe(false);
    expect(edgeDecision(fromEdge({}, { authorization: 'Bearer x' }), SECRET, NOW).share).toBe(false);
  });

  it('fails closed when the edge could not rewrite the body: a compressed answer was asked for', () => {
    expect(edgeDecision(fromEdge({}, { 'accept-encoding': 'gzip, br' }), SECRET, NOW)).toEqual({ share: false, reason: 'encoded' });
    expect(edgeDecision(fromEdge({}, { 'accept-encoding': 'identity' }), SECRET, NOW).share).toBe(true);
  });

  it('fails closed when the edge keyed its cache on another variant than the page is rendered for', () => {
    expect(edgeDecision(fromEdge({}, { [EDGE_VARIANT_HEADER]: null }), SECRET, NOW)).toEqual({ share: false, reason: 'variant' });
    const iphone = { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0)' };
    expect(edgeDecision(fromEdge({}, iphone), SECRET, NOW).share).toBe(false);
    expect(edgeDecision(fromEdge({}, { ...iphone, [EDGE_VARIANT_HEADER]: 'platform=apple; text-only=0' }), SECRET, NOW).share).toBe(true);
    expect(edgeDecision(fromEdge({ textOnlyCookie: '1' }), SECRET, NOW).share).toBe(false);
    expect(
      edgeDecision(fromEdge({ textOnlyCookie: '1' }, { [EDGE_VARIANT_HEADER]: 'platform=other; text-only=1' }), SECRET, NOW).share,
    ).toBe(true);
  });

  it('never shares a response that sets a cookie', () => {
    expect(edgeDecision(fromEdge({ setsCookie: true }), SECRET, NOW)).toEqual({ share: false, reason: 'sets-cookie' });
  });
});

describe('placeholderNonce', () => {
  it('is a base64url value fixed for the minute, different the next minute and for another secret', () => {
    const nonce = placeholderNonce(SECRET, NOW);
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(placeholderNonce(SECRET, new Date('2026-11-29T22:10:00.000Z'))).toBe(nonce);
    expect(placeholderNonce(SECRET, new Date('2026-11-29T22:11:00.000Z'))).not.toBe(nonce);
    expect(placeholderNonce(`${SECRET}y`, NOW)).not.toBe(nonce);
    expect(SECRET).not.toContain(nonce);
  });
});

describe('endOfMinute', () => {
  it('is the next whole minute, never the current instant', () => {
    expect(endOfMinute(new Date('2026-11-29T22:10:00.000Z'))).toBe(Date.parse('2026-11-29T22:11:00Z') / 1000);
    expect(endOfMinute(new Date('2026-11-29T22:10:59.999Z'))).toBe(Date.parse('2026-11-29T22:11:00Z') / 1000);
  });
});

describe('pageSecurity', () => {
  const options = { secret: SECRET, tileOrigin: TILES, isDev: false, now: NOW };

  it('without the edge: a fresh nonce in one policy, nothing for a cache', () => {
    const first = pageSecurity(fromEdge({}, { [EDGE_SECRET_HEADER]: null }), options);
    const second = pageSecurity(fromEdge({}, { [EDGE_SECRET_HEADER]: null }), options);
    expect(first.nonce).not.toBe(second.nonce);
    expect(first.nonce).not.toBe(placeholderNonce(SECRET, NOW));
    expect(first.csp).toBe(pageCsp(first.nonce, TILES));
    expect(first.edgeHeaders).toEqual([]);
  });

  it('for the edge: the placeholder nonce, and a second policy that lets no script run until the edge rewrites it', () => {
    const shared = pageSecurity(fromEdge(), options);
    const placeholder = placeholderNonce(SECRET, NOW);
    expect(shared.nonce).toBe(placeholder);
    const [page, guard, ...more] = shared.csp.split(', ');
    expect(page).toBe(pageCsp(placeholder, TILES));
    expect(guard).toBe(EDGE_GUARD_POLICY);
    expect(guard).toBe("script-src 'none'");
    expect(more).toEqual([]);
    expect(new Map(shared.edgeHeaders)).toEqual(
      new Map([
        [EDGE_PLACEHOLDER_HEADER, placeholder],
        [EDGE_EXPIRES_HEADER, `@${endOfMinute(NOW)}`],
      ]),
    );
  });

  it('never shares in development', () => {
    const dev = pageSecurity(fromEdge(), { ...options, isDev: true });
    expect(dev.edgeHeaders).toEqual([]);
    expect(dev.csp).toContain("'unsafe-eval'");
  });
});
