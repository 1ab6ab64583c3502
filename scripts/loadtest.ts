/**
 * Surge rehearsal: `npm run loadtest [-- --seconds 20 --connections 20]`. Not part of `npm test`; prints figures and
 * never fails. It builds nothing: run `npx next build` first. Needs Debian's nginx (`apt-get install -y nginx`).
 *
 *  1. one `next start` instance, no proxy: the realistic mix below, for --seconds;
 *  2. two instances behind nginx with deploy/nginx/guichet.conf (its upstream, listen and cache path rewritten to
 *     loopback ports and a temporary folder): the same mix, for the same time.
 * For each: requests/s, latency percentiles, errors, status codes, and (behind nginx) the cache hit ratio of the
 * cacheable answers (X-Cache-Status); then the same for the API requests of the mix alone (a surge of API clients). Ports 3620-3621 (instances) and 3630 (nginx) unless --port moves them.
 *
 * The mix (seeded, so every run replays the same sequence): searches in both languages over many needs and places,
 * drawn with a Zipf-like skew so that popular searches repeat as real traffic does: 40 % results pages (EN and FR),
 * 35 % /api/v1/search, 10 % location pages, 5 % province outlines, 5 % home pages, 5 % catalogue API.
 * The machine is shared with other work: the load on it is not controlled; compare the two lines of one run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import { tmpdir, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { runLoad, type LoadResult } from '../bench/load';
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

function nginxConfig(folder: string, ports: readonly number[]): string {
  let site = readFileSync(join(ROOT, 'deploy', 'nginx', 'guichet.conf'), 'utf8');
  site = site.replace(/^\s*server 127\.0\.0\.1:\d+[^\n]*\n/gm, '');
  site = site.replace(
    'least_conn;',
    `least_conn;\n${ports.map((port) => `    server 127.0.0.1:${port} max_fails=3 fail_timeout=10s;`).join('\n')}`,
  );
  site = site.replace(/listen 80;/, `listen 127.0.0.1:${NGINX_PORT};`).replace(/^\s*listen \[::\]:80;\n/m, '');
  site = site.replace('/var/cache/nginx/guichet', join(folder, 'cache'));
  if (!site.includes(`listen 127.0.0.1:${NGINX_PORT}`) || !site.includes(`127.0.0.1:${ports[0]}`))
    throw new Error('deploy/nginx/guichet.conf changed shape: update scripts/loadtest.ts');
  const asRoot = process.getuid?.() === 0 ? 'user root root;\n' : '';
  return `${asRoot}worker_processes 1;\npid ${join(folder, 'nginx.pid')};\nerror_log ${join(folder, 'error.log')} warn;\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n  client_body_temp_path ${join(folder, 'body')};\n  proxy_temp_path ${join(folder, 'proxy')};\n  fastcgi_temp_path ${join(folder, 'fastcgi')};\n  uwsgi_temp_path ${join(folder, 'uwsgi')};\n  scgi_temp_path ${join(folder, 'scgi')};\n${site}\n}\n`;
}

async function startNginx(folder: string, ports: readonly number[]): Promise<ChildProcess> {
  mkdirSync(join(folder, 'cache'), { recursive: true });
  const conf = join(folder, 'nginx.conf');
  writeFileSync(conf, nginxConfig(folder, ports));
  const check = spawnSync('nginx', ['-t', '-p', folder, '-c', conf], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`);
  const child = spawn('nginx', ['-p', folder, '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  for (let tries = 0; tries < 100; tries++) {
    const ok = await new Promise<boolean>((resolve) =>
      http
        .get(`http://127.0.0.1:${NGINX_PORT}/api/v1/sources`, { agent: false }, (r) => (r.resume(), resolve(r.statusCode === 200)))
        .on('error', () => resolve(false)),
    );
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('nginx did not answer');
}

function report(label: string, result: LoadResult): void {
  const statuses = [...result.statuses]
    .sort(([a], [b]) => a - b)
    .map(([code, count]) => `${code}×${count}`)
    .join(' ');
  console.log(
    `${label.padEnd(34)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${result.latencyMs.p50.toFixed(0).padStart(5)} ms  p90 ${result.latencyMs.p90.toFixed(0).padStart(5)}  p99 ${result.latencyMs.p99.toFixed(0).padStart(5)}  max ${result.latencyMs.max.toFixed(0).padStart(5)}  errors ${result.errors}  (${result.requests} requests: ${statuses})`,
  );
  if (result.cache.size > 0) {
    const cacheable = [...result.cache.values()].reduce((a, b) => a + b, 0);
    const hits = ['HIT', 'STALE', 'UPDATING', 'REVALIDATED'].reduce((sum, key) => sum + (result.cache.get(key) ?? 0), 0);
    const detail = [...result.cache].map(([key, count]) => `${key} ${count}`).join(', ');
    console.log(
      `${''.padEnd(34)} cache hit ratio ${((hits / cacheable) * 100).toFixed(1)} % of ${cacheable} cacheable answers (${detail}); pages are not cached (per-request nonce)`,
    );
  }
}

async function main(): Promise<void> {
  const which = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  if (which.error) throw new Error('nginx is not installed: apt-get install -y nginx');
  const folder = mkdtempSync(join(tmpdir(), 'guichet-loadtest-'));
  const servers: RunningServer[] = [];
  let nginx: ChildProcess | undefined;
  const stopAll = async () => {
    if (nginx?.pid) {
      try {
        process.kill(-nginx.pid, 'SIGQUIT');
      } catch {
        // gone
      }
    }
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(folder, { recursive: true, force: true });
  };
  process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    console.error('… starting instance 1');
    servers.push(await startNext({ dir: APP_DIR, projectRoot: APP_DIR, port: PORT, readyPath: '/en/accessibility' }));
    const paths = mix(await locationPaths(servers[0]!.origin));
    const distinct = new Set(paths).size;
    console.log(
      `Load test: ${CONNECTIONS} keep-alive connections × ${SECONDS} s per line; a seeded mix of ${paths.length} requests (${distinct} distinct URLs), replayed in order.`,
    );
    console.log(
      `Load on the machine NOT controlled (shared; load average now ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}).\n`,
    );
    // warm both code paths alike: a few hundred requests before each measured line
    await runLoad({ origin: servers[0]!.origin, paths: paths.slice(0, 300), connections: CONNECTIONS, requests: 300 });
    const apiPaths = paths.filter((path) => path.startsWith('/api/'));
    report(
      '1 instance, no proxy',
      await runLoad({ origin: servers[0]!.origin, paths, connections: CONNECTIONS, durationMs: SECONDS * 1000 }),
    );
    report(
      '  API part of the mix only',
      await runLoad({ origin: servers[0]!.origin, paths: apiPaths, connections: CONNECTIONS, durationMs: SECONDS * 1000 }),
    );

    console.error('… starting instance 2 and nginx');
    servers.push(await startNext({ dir: APP_DIR, projectRoot: APP_DIR, port: PORT + 1, readyPath: '/en/accessibility' }));
    await runLoad({ origin: servers[1]!.origin, paths: paths.slice(0, 300), connections: CONNECTIONS, requests: 300 });
    nginx = await startNginx(folder, [PORT, PORT + 1]);
    const proxied = `http://127.0.0.1:${NGINX_PORT}`;
    report(
      '2 instances behind nginx (cache)',
      await runLoad({ origin: proxied, paths, connections: CONNECTIONS, durationMs: SECONDS * 1000 }),
    );
    report(
      '  API part of the mix only',
      await runLoad({ origin: proxied, paths: apiPaths, connections: CONNECTIONS, durationMs: SECONDS * 1000 }),
    );
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
