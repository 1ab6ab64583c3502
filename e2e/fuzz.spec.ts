import http from 'node:http';
import { expect, test } from '@playwright/test';
import { seededRandom } from '../lib/testing/seeded-random';

/**
 * Hostile inputs against the production build: a seeded generator of a few thousand request targets (long strings,
 * invalid percent-encodings, control characters, lone surrogates, huge numbers, repeated and array parameters, CRLF,
 * markup), sent raw. Every response must be below 500, carry every security header, and reflect no input unescaped.
 * FUZZ_SEED and FUZZ_COUNT replay or widen a run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const COUNT = Number(process.env.FUZZ_COUNT ?? 3000);
const CONCURRENCY = 4;
const port = Number(process.env.E2E_PORT ?? 3100);

const enc = (text: string): string => encodeURIComponent(text);

/** Values already in URL form: some deliberately invalid, the rest percent-encoded. `{m}` is the reflection marker. */
const HOSTILE_VALUES = [
  '%',
  '%zz',
  '%C0%AF',
  '%ED%A0%80',
  '%FF%FE',
  '%E9t%E9',
  '100%',
  '%%32%35',
  '%u0041',
  '%00',
  'a%00b',
  '%0d%0aX-Fuzz-Injected:%201',
  '%0aSet-Cookie:%20fuzz=1',
  '%1b%5b31m',
  '%7f',
  '%c2%85',
  '%e2%80%8e%e2%80%ae',
  enc('\ud83d\ude00\ud83d\ude00'),
  '%ED%B0%80',
  enc('\u202e{m}'),
  enc('<script>{m}</script>'),
  enc('"><img src=x onerror={m}>'),
  enc("'{m}"),
  enc('{m}</title><script>x</script>'),
  enc('javascript:{m}'),
  enc("' OR 1=1 --{m}"),
  enc('${{m}}'),
  enc('{{m}}'),
  enc('../../../etc/passwd'),
  enc('..%2f..%2f'),
  '1e308',
  '-1e400',
  '99999999999999999999999',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  '1_000',
  '',
  '%20',
  '+',
  '2050-01-01T00:00Z',
  '0000-01-01T00:00:00Z',
  '2026-11-23T25:61:00Z',
  '2026-02-30T10:00:00Z',
  '2040-12-31T23:59:59Z',
  '2019-12-31T23:59:59Z',
  'K1A0B1',
  'X0A%200H0',
  'H2X%201Y4',
  enc('Montréal'),
  enc('Saint-Jérôme'),
  'passport',
  'passeport',
  'EI',
  'RRQ',
];

const PARAMS = [
  'q',
  'near',
  'lat',
  'lon',
  'limit',
  'offset',
  'within',
  'event',
  'order',
  'type',
  'language',
  'open',
  'at',
  'lang',
  'lifeEvent',
  'page',
  'q[]',
  'near[0]',
  '%ff',
  '',
  '__proto__',
  'constructor',
];
const PATHS = [
  '/en/search',
  '/fr/recherche',
  '/api/v1/search',
  '/api/v1/search/map',
  '/api/v1/locations/{v}',
  '/en/locations/{v}',
  '/fr/lieux/{v}',
  '/api/v1/services',
  '/api/v1/services/{v}',
  '/api/v1/life-events/{v}',
  '/api/v1/life-events',
  '/en/services/{v}',
  '/fr/evenements-de-vie/{v}',
  '/en/life-events/{v}',
  '/{v}',
  '/en/{v}',
  '/fr/{v}',
  '/api/v1/{v}',
  '/en',
  '/fr',
  '/',
  '/en/',
  '/fr/a-propos-des-donnees',
  '/api/v1/openapi.json',
  '/favicon.ico',
  '/robots.txt',
  '/en/locations/{v}.bar',
  '/api/v1/sources',
  '/api/v1/boundaries',
];

function generate(random: () => number, count: number): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const targets: string[] = [];
  for (let i = 0; i < count; i++) {
    const marker = `zz${i}q`;
    const value = (): string => {
      const roll = random();
      if (roll < 0.08) return 'a'.repeat(pick([81, 121, 201, 1000, 3000, 5000]));
      if (roll < 0.14) return `${pick(HOSTILE_VALUES)}${pick(HOSTILE_VALUES)}`;
      return pick(HOSTILE_VALUES);
    };
    const path = pick(PATHS).replace('{v}', value().replace(/\{m\}/g, marker)).replace(/\{m\}/g, marker);
    const params: string[] = [];
    const paramCount = Math.floor(random() * 5);
    for (let p = 0; p < paramCount; p++) {
      const name = pick(PARAMS);
      const repeats = random() < 0.1 ? 2 + Math.floor(random() * 3) : 1;
      for (let r = 0; r < repeats; r++) params.push(`${name}=${value().replace(/\{m\}/g, marker)}`);
    }
    const target = params.length > 0 ? `${path}?${params.join('&')}` : path;
    // Node.js itself answers a request head over 16 KB with a bare 431 before any application code runs (a reverse
    // proxy applies its own limit in production): targets stay under it.
    if (target.length > 12_000) i -= 1;
    else targets.push(target);
  }
  return targets;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function send(agent: http.Agent, target: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: target, agent, maxHeaderSize: 1 << 20, headers: { 'Accept-Language': 'fr-CA,en;q=0.5' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.setTimeout(30_000, () => request.destroy(new Error(`timeout on ${target}`)));
    request.end();
  });
}

const REQUIRED_HEADERS: Array<[string, RegExp]> = [
  ['strict-transport-security', /max-age=\d+/],
  ['x-content-type-options', /^nosniff$/],
  ['referrer-policy', /^strict-origin-when-cross-origin$/],
  ['x-frame-options', /^DENY$/],
  ['permissions-policy', /geolocation=\(self\)/],
  ['content-security-policy', /frame-ancestors 'none'/],
];

const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

test('fuzz: hostile inputs never get a 5xx, always get the security headers, and are never reflected raw', async () => {
  test.setTimeout(8 * 60_000);
  const targets = generate(seededRandom(SEED), COUNT);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const statusCounts = new Map<number, number>();
  const failures: string[] = [];
  let next = 0;
  const started = Date.now();

  async function worker(): Promise<void> {
    while (next < targets.length) {
      const index = next++;
      const target = targets[index]!;
      const marker = `zz${index}q`;
      const { status, headers, body } = await send(agent, target);
      statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
      const problems: string[] = [];
      if (status >= 500) problems.push(`status ${status}`);
      for (const [name, pattern] of REQUIRED_HEADERS) {
        const value = headers[name];
        if (typeof value !== 'string' || !pattern.test(value)) problems.push(`header ${name}=${String(value)}`);
      }
      if (headers['x-middleware-rewrite'] !== undefined) problems.push('x-middleware-rewrite leaked');
      const headerBytes = Object.entries(headers).reduce((sum, [name, value]) => sum + name.length + String(value).length, 0);
      if (headerBytes > 8192) problems.push(`${headerBytes} bytes of response headers (${Object.keys(headers).join(' ')})`);
      if (headers['x-fuzz-injected'] !== undefined || (headers['set-cookie'] ?? []).some((c) => c.includes('fuzz')))
        problems.push('header injection');
      if (body.includes(`<script>${marker}`) || body.includes(`<img src=x onerror=${marker}`) || body.includes(`${marker}</title>`))
        problems.push('markup reflected raw');
      if (/text\/html/.test(String(headers['content-type'])) && RAW_CONTROL.test(body)) problems.push('control character in HTML');
      if (problems.length > 0) failures.push(`${target.slice(0, 160)} → ${problems.join(', ')}`);
    }
  }

  await Promise.all(Array.from({ length: CONCURRENCY }, () => worker()));
  agent.destroy();
  const seconds = (Date.now() - started) / 1000;
  const summary = [...statusCounts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');
  console.log(
    `fuzz seed ${SEED}: ${targets.length} requests in ${seconds.toFixed(1)} s (${(targets.length / seconds).toFixed(0)}/s) — ${summary}; failures: ${failures.length}`,
  );
  expect(failures.slice(0, 20)).toEqual([]);
  expect([...statusCounts.keys()].filter((status) => status >= 500)).toEqual([]);
});
