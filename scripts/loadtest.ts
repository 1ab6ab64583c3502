/**
 * Surge rehearsal: `npm run loadtest [-- --seconds 20 --connections 20]`. Not part of `npm test`; prints figures and
 * never fails. It builds nothing: run `npx next build` first. Needs Debian's nginx (`apt-get install -y nginx`).
 *
 * Two `next start` instances, both given an edge secret (GUICHET_EDGE_SECRET), and three lines of the same mix, each
 * for --seconds:
 *  1. one instance, no proxy (it serves pages as `next start` alone does: fresh nonce, private);
 *  2. both behind nginx with deploy/nginx/guichet.conf (bench/nginx.ts: loopback ports, a temporary folder) without the
 *     secret: the API is cached, pages are not;
 *  3. the same with the secret: pages are cached too, with a fresh nonce written into every response.
 * For each: requests/s, latency percentiles, errors, status codes, then pages and API apart: their requests/s,
 * latency percentiles, errors and cache hit ratio (X-Cache-Status). Ports 3620-3621 (instances) and 3630 (nginx)
 * unless --port moves them.
 *
 * The mix (seeded, so every run replays the same sequence): searches in both languages over many needs and places,
 * drawn with a Zipf-like skew so that popular searches repeat as real traffic does: 40 % results pages (EN and FR),
 * 35 % /api/v1/search, 10 % location pages, 5 % province outlines, 5 % home pages, 5 % catalogue API.
 * The machine is shared with other work: the load on it is not controlled; compare the lines of one run.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { runLoad, type ClassResult, type LoadResult } from '../bench/load';
import { nginxBinary, startNginx } from '../bench/nginx';
import { startNext, type RunningServer } from '../bench/server';
import { seededRandom } from '../lib/testing/seeded-random';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const ROOT = resolve(import.meta.dirname, '..');
const APP_DIR = resolve(args.get('app') ?? ROOT);
const SECONDS = Number(args.get('seconds') ?? 20);
const CONNECTIONS = Number(args.get('connections') ?? 20);
const PORT = Number(args.get('port') ?? 3620);
const NGINX_PORT = PORT + 10;
const MIX_LENGTH = 20_000;

const NEEDS_EN = [
  'passport',
  'employment insurance',
  'health card',
  "driver's licence",
  'library card',
  'social insurance number',
  'old age pension',
  'maternity leave',
  'biometrics',
  'shelter',
  'newcomer services',
  'birth certificate',
  'food bank',
  'tax help',
  'veterans',
];
const NEEDS_FR = [
  'passeport',
  'assurance emploi',
  'carte santé',
  'permis de conduire',
  'carte de bibliothèque',
  'numéro d’assurance sociale',
  'pension de vieillesse',
  'congé de maternité',
  'biométrie',
  'refuge',
  'acte de naissance',
  'impôts',
];
const PLACES = [
  'Ottawa',
  'Toronto',
  'Montréal',
  'Vancouver',
  'Calgary',
  'Edmonton',
  'Winnipeg',
  'Halifax',
  'Québec',
  'Gatineau',
  'Moncton',
  'Saskatoon',
  'Regina',
  'Victoria',
  "St. John's",
  'Charlottetown',
  'Fredericton',
  'Sherbrooke',
  'Trois-Rivières',
  'Saguenay',
  'Hamilton',
  'London',
  'Kitchener',
  'Windsor',
  'Sudbury',
  'Thunder Bay',
  'Kelowna',
  'Kamloops',
  'Whitehorse',
  'Yellowknife',
  'Iqaluit',
  'K1A 0B1',
  'M5V 3L9',
  'H2X 1Y4',
  'V6B',
  'T2P',
  'R3C',
  'B3H',
  'E1C',
  'G1R',
];

/** Index in [0, n) with probability ∝ 1/(rank+1): a few searches are very common, most are rare. */
function zipf(random: () => number, n: number): number {
  const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let pick = random() * total;
  for (let i = 0; i < n; i++) if ((pick -= weights[i]!) <= 0) return i;
  return n - 1;
}

function mix(locations: readonly string[]): string[] {
  const random = seededRandom(20261129);
  const paths: string[] = [];
  const q = encodeURIComponent;
  while (paths.length < MIX_LENGTH) {
    const roll = random();
    const place = PLACES[zipf(random, PLACES.length)]!;
    const fr = random() < 0.3;
    const need = fr ? NEEDS_FR[zipf(random, NEEDS_FR.length)]! : NEEDS_EN[zipf(random, NEEDS_EN.length)]!;
    if (roll < 0.4) paths.push(fr ? `/fr/recherche?q=${q(need)}&near=${q(place)}` : `/en/search?q=${q(need)}&near=${q(place)}`);
    else if (roll < 0.75) paths.push(`/api/v1/search?q=${q(need)}&near=${q(place)}&lang=${fr ? 'fr' : 'en'}`);
    else if (roll < 0.85) paths.push(locations[zipf(random, locations.length)]!);
    else if (roll < 0.9) paths.push('/api/v1/boundaries');
    else if (roll < 0.95) paths.push(fr ? '/fr' : '/en');
    else paths.push(random() < 0.5 ? `/api/v1/services?lang=${fr ? 'fr' : 'en'}` : `/api/v1/life-events?lang=${fr ? 'fr' : 'en'}`);
  }
  return paths;
}

function getJson(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve(JSON.parse(text)));
      })
      .on('error', reject);
  });
}

/** Location pages found through the API itself, so the mix follows the snapshot. */
async function locationPaths(origin: string): Promise<string[]> {
  const found = new Set<string>();
  for (const place of PLACES.slice(0, 12)) {
    const body = (await getJson(`${origin}/api/v1/search?q=passport&near=${encodeURIComponent(place)}&limit=5`)) as {
      results?: Array<{ path?: string }>;
    };
    for (const result of body.results ?? []) if (result.path) found.add(result.path);
  }
  return [...found];
}

function ms(value: number): string {
  return value.toFixed(0).padStart(5);
}

function classLine(name: string, result: ClassResult, seconds: number): string {
  const hits = ['HIT', 'STALE', 'UPDATING', 'REVALIDATED'].reduce((sum, key) => sum + (result.cache.get(key) ?? 0), 0);
  const detail = [...result.cache].map(([key, count]) => `${key} ${count}`).join(', ');
  return `${`  ${name}`.padEnd(34)} ${(result.requests / seconds).toFixed(0).padStart(6)} req/s  p50 ${ms(result.latencyMs.p50)} ms  p90 ${ms(result.latencyMs.p90)}  p99 ${ms(result.latencyMs.p99)}  max ${ms(result.latencyMs.max)}  errors ${result.errors}  cache hits ${((hits / result.requests) * 100).toFixed(1)} %${detail ? ` (${detail})` : ''}`;
}

function report(label: string, result: LoadResult): void {
  const statuses = [...result.statuses]
    .sort(([a], [b]) => a - b)
    .map(([code, count]) => `${code}×${count}`)
    .join(' ');
  console.log(
    `${label.padEnd(34)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${ms(result.latencyMs.p50)} ms  p90 ${ms(result.latencyMs.p90)}  p99 ${ms(result.latencyMs.p99)}  max ${ms(result.latencyMs.max)}  errors ${result.errors}  (${result.requests} requests: ${statuses})`,
  );
  for (const name of ['pages', 'API']) {
    const own = result.classes.get(name);
    if (own !== undefined) console.log(classLine(name, own, result.seconds));
  }
}

const classOf = (path: string): string => (path.startsWith('/api/') ? 'API' : 'pages');

async function main(): Promise<void> {
  if (nginxBinary() === undefined) throw new Error('nginx is not installed: apt-get install -y nginx');
  const folder = mkdtempSync(join(tmpdir(), 'guichet-loadtest-'));
  const edgeSecret = randomBytes(32).toString('hex');
  const servers: RunningServer[] = [];
  let nginx: { stop: () => Promise<void> } | undefined;
  const stopAll = async () => {
    await nginx?.stop();
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(folder, { recursive: true, force: true });
  };
  process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));
  const load = (origin: string, paths: readonly string[]) =>
    runLoad({ origin, paths, connections: CONNECTIONS, durationMs: SECONDS * 1000, classOf });
  // warm each code path alike: a few hundred requests before each measured line
  const warm = (origin: string, paths: readonly string[]) =>
    runLoad({ origin, paths: paths.slice(0, 300), connections: CONNECTIONS, requests: 300 });
  try {
    const env = { GUICHET_EDGE_SECRET: edgeSecret };
    console.error('… starting instance 1');
    servers.push(await startNext({ dir: APP_DIR, projectRoot: APP_DIR, port: PORT, readyPath: '/en/accessibility', env }));
    const paths = mix(await locationPaths(servers[0]!.origin));
    const distinct = new Set(paths).size;
    console.log(
      `Load test: ${CONNECTIONS} keep-alive connections × ${SECONDS} s per line; a seeded mix of ${paths.length} requests (${distinct} distinct URLs, ${paths.filter((path) => classOf(path) === 'pages').length} pages), replayed in order.`,
    );
    console.log(
      `Load on the machine NOT controlled (shared; load average now ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}).\n`,
    );
    await warm(servers[0]!.origin, paths);
    report('1 instance, no proxy', await load(servers[0]!.origin, paths));

    console.error('… starting instance 2 and nginx');
    servers.push(await startNext({ dir: APP_DIR, projectRoot: APP_DIR, port: PORT + 1, readyPath: '/en/accessibility', env }));
    await warm(servers[1]!.origin, paths);
    const proxied = `http://127.0.0.1:${NGINX_PORT}`;
    const behindNginx = async (label: string, secret: string, run: number) => {
      nginx = await startNginx({
        folder: join(folder, `nginx-${run}`),
        port: NGINX_PORT,
        upstreamPorts: [PORT, PORT + 1],
        edgeSecret: secret,
        readyPath: '/api/v1/sources',
      });
      await warm(proxied, paths);
      report(label, await load(proxied, paths));
      await nginx.stop();
      nginx = undefined;
    };
    await behindNginx('2 instances, nginx, pages private', '', 1);
    await behindNginx('2 instances, nginx, pages at edge', edgeSecret, 2);
    console.log(
      `\nload average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
