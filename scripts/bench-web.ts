/**
 * Web benchmark: `npm run bench:web [-- --runs 3 --seconds 5 --connections 10 --warmup 100]`. Not a test: it prints
 * figures and ratios and never fails. It builds nothing: build Guichet (`npx next build`) and the bare floor
 * (`npm run bench:web:build-bare`) first. Each run starts both with `next start` on loopback (ports 3610 and 3611 by
 * default, --port to move them), measures, and stops them; the figures printed are medians over the runs.
 *
 * Measured against a bare Next.js app built from the same node_modules (bench/bare-app: one static page, one dynamic):
 *  - script bytes per page type: the <script src> of the served HTML, each fetched and gzipped (level 6, as `next start`
 *    sends them), plus the HTML itself; and the Leaflet chunk (found in .next/static by its content) with the pages
 *    that load it up front;
 *  - requests/s per page type (keep-alive connections, bench/load.ts), with the ratios the issue sets targets for,
 *    measured warm and interleaved, on both apps: first `--warmup` requests per URL, taken in turn, then the URLs in
 *    turn, five slices each. Measured one after the other, the first URL ran on cold code (route modules loading, the
 *    JIT still tiering up) and the later ones on code the earlier ones had warmed, and the machine's speed drifts by
 *    ±30 % from one minute to the next: the order of the list, not the pages, decided part of the ratios;
 *  - memory (RSS of the server's process tree) after start (at the first 200, and once start-up work has settled:
 *    bench/server.ts settledRssMb) and after 1,000 mixed requests; start to first 200;
 *  - bytes on the wire of JSON answers (Accept-Encoding: gzip, br) and whether `next start` compressed them.
 * The machine is shared: load is not controlled, so compare ratios within one run and medians across runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, runLoad } from '../bench/load';
import { settledRssMb, startNext, treeRssMb, type RunningServer } from '../bench/server';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const ROOT = resolve(import.meta.dirname, '..');
const APP_DIR = resolve(args.get('app') ?? ROOT);
const BARE_DIR = resolve(args.get('bare') ?? join(ROOT, 'bench', 'bare-app'));
const RUNS = Number(args.get('runs') ?? 3);
const SECONDS = Number(args.get('seconds') ?? 5);
const CONNECTIONS = Number(args.get('connections') ?? 10);
const PORT = Number(args.get('port') ?? 3610);
const MIXED_REQUESTS = 1000;
const WARMUP_PER_URL = Number(args.get('warmup') ?? 100);
const SLICES = 5;

/**
 * Requests/s of each URL, warm and interleaved (see the header): `--warmup` requests per URL in turn, then the URLs
 * measured in turn in SLICES slices of SECONDS / SLICES each, so a drift of the machine's speed during the run
 * (measured here: ±30 % between minutes) weighs on every URL alike instead of on whichever came last.
 */
async function requestsPerSecond(origin: string, urls: ReadonlyMap<string, string>): Promise<Map<string, number>> {
  await runLoad({ origin, paths: [...urls.values()], connections: CONNECTIONS, requests: WARMUP_PER_URL * urls.size });
  const totals = new Map<string, { requests: number; seconds: number }>();
  for (let slice = 0; slice < SLICES; slice++)
    for (const [name, path] of urls) {
      const result = await runLoad({ origin, paths: [path], connections: CONNECTIONS, durationMs: (SECONDS * 1000) / SLICES });
      const total = totals.get(name) ?? { requests: 0, seconds: 0 };
      totals.set(name, { requests: total.requests + result.requests, seconds: total.seconds + result.seconds });
    }
  return new Map([...totals].map(([name, total]) => [name, total.requests / total.seconds]));
}

function fetchText(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Buffer; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), headers: response.headers }));
      })
      .on('error', reject);
  });
}

const gzipBytes = (body: Buffer): number => gzipSync(body, { level: 6 }).length;
const kib = (bytes: number): string => (bytes / 1024).toFixed(1);

/** Chunks of a build that hold Leaflet (identified by its pane class name), by URL path. */
function leafletChunks(dir: string): Map<string, number> {
  const chunks = new Map<string, number>();
  const folder = join(dir, '.next', 'static', 'chunks');
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(folder, sub), { withFileTypes: true })) {
      const relative = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.js')) {
        const body = readFileSync(join(folder, relative));
        if (body.includes('leaflet-pane')) chunks.set(`/_next/static/chunks/${relative}`, gzipBytes(body));
      }
    }
  };
  walk('');
  return chunks;
}

interface PageBytes {
  scriptGzip: number;
  scripts: number;
  htmlGzip: number;
  htmlRaw: number;
  leaflet: boolean;
}

async function pageBytes(origin: string, path: string, leaflet: Map<string, number>): Promise<PageBytes> {
  const page = await fetchText(origin + path);
  if (page.status !== 200) throw new Error(`${path}: ${page.status}`);
  const html = page.body.toString('utf8');
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&')))];
  let scriptGzip = 0;
  for (const src of sources) scriptGzip += gzipBytes((await fetchText(new URL(src, origin).href)).body);
  return {
    scriptGzip,
    scripts: sources.length,
    htmlGzip: gzipBytes(page.body),
    htmlRaw: page.body.length,
    leaflet: sources.some((src) => leaflet.has(src.split('?')[0]!)),
  };
}

async function locationPath(origin: string): Promise<string> {
  const answer = await fetchText(`${origin}/api/v1/search?q=passport&near=Ottawa&limit=1`);
  const body = JSON.parse(answer.body.toString('utf8')) as { results?: Array<{ path?: string }> };
  const path = body.results?.[0]?.path;
  if (!path) throw new Error('no location in /api/v1/search?q=passport&near=Ottawa');
  return path;
}

const SEARCHES_EN = ['passport', 'employment insurance', 'health card', 'library card', 'social insurance number', 'old age pension'];
const SEARCHES_FR = ['passeport', 'assurance emploi', 'carte santé', 'permis de conduire', 'carte de bibliothèque'];
const PLACES = ['Ottawa', 'Toronto', 'Montréal', 'Vancouver', 'Halifax', 'Winnipeg', 'K1A 0B1', 'Moncton', 'Québec', 'Calgary'];

interface WireBytes {
  raw: number;
  wire: number;
  encoding: string;
}

interface RunFigures {
  app: {
    start: number;
    memFirst200: number;
    memStart: number;
    memAfter: number;
    bytes: Map<string, PageBytes>;
    rps: Map<string, number>;
    leafletGzip: number;
    wire: Map<string, WireBytes>;
  };
  bare: { start: number; memFirst200: number; memStart: number; memAfter: number; bytes: Map<string, PageBytes>; rps: Map<string, number> };
}

/** An answer's size as sent to a client that accepts gzip and brotli, and as it is once decoded. */
async function wireBytes(origin: string, path: string): Promise<WireBytes> {
  const compressed = await fetchText(origin + path, { 'accept-encoding': 'gzip, br' });
  const identity = await fetchText(origin + path);
  if (compressed.status !== 200) throw new Error(`${path}: ${compressed.status}`);
  return { raw: identity.body.length, wire: compressed.body.length, encoding: String(compressed.headers['content-encoding'] ?? 'none') };
}

async function measureApp(port: number): Promise<RunFigures['app']> {
  const server = await startNext({ dir: APP_DIR, projectRoot: APP_DIR, port, readyPath: '/en/accessibility' });
  try {
    const memFirst200 = treeRssMb(server.child.pid!);
    const memStart = await settledRssMb(server.child.pid!);
    const leaflet = leafletChunks(APP_DIR);
    const location = await locationPath(server.origin);
    const pages: Record<string, string> = {
      'home (en)': '/en',
      'life event (en)': '/en/life-events/having-a-baby',
      'results (en)': '/en/search?q=passport&near=Ottawa',
      'results (fr)': '/fr/recherche?q=passeport&near=Montr%C3%A9al',
      'location (en)': location,
      'accessibility (en)': '/en/accessibility',
      'api search': '/api/v1/search?q=passport&near=Ottawa',
    };
    const events = await fetchText(`${server.origin}/api/v1/life-events?lang=en`);
    const firstEvent = (JSON.parse(events.body.toString('utf8')) as { lifeEvents: Array<{ id: string }> }).lifeEvents[0]?.id;
    if (firstEvent) pages['life event (en)'] = `/en/life-events/${firstEvent}`;
    const bytes = new Map<string, PageBytes>();
    for (const [name, path] of Object.entries(pages))
      if (!name.startsWith('api')) bytes.set(name, await pageBytes(server.origin, path, leaflet));
    const rps = await requestsPerSecond(
      server.origin,
      new Map(Object.entries(pages).filter(([name]) => !name.startsWith('life') && !name.startsWith('home'))),
    );
    const mixed: string[] = [];
    for (let i = 0; mixed.length < 200; i++) {
      const place = encodeURIComponent(PLACES[i % PLACES.length]!);
      mixed.push(`/en/search?q=${encodeURIComponent(SEARCHES_EN[i % SEARCHES_EN.length]!)}&near=${place}`);
      mixed.push(`/fr/recherche?q=${encodeURIComponent(SEARCHES_FR[i % SEARCHES_FR.length]!)}&near=${place}`);
      mixed.push(`/api/v1/search?q=${encodeURIComponent(SEARCHES_EN[(i + 1) % SEARCHES_EN.length]!)}&near=${place}`);
      mixed.push(i % 2 ? location : '/en/accessibility');
      mixed.push(i % 3 ? '/en' : '/fr');
    }
    await runLoad({ origin: server.origin, paths: mixed, connections: CONNECTIONS, requests: MIXED_REQUESTS });
    const memAfter = treeRssMb(server.child.pid!);
    // After the memory reading: the HSDS export these build is not part of the mixed traffic.
    const wire = new Map<string, WireBytes>();
    for (const path of ['/api/v1/boundaries', '/api/v1/search?q=passport&near=Ottawa', '/api/hsds/points.geojson'])
      wire.set(path, await wireBytes(server.origin, path));
    return {
      start: server.startToFirst200Ms,
      memFirst200,
      memStart,
      memAfter,
      bytes,
      rps,
      leafletGzip: [...leaflet.values()].reduce((a, b) => a + b, 0),
      wire,
    };
  } finally {
    await server.stop();
  }
}

async function measureBare(port: number): Promise<RunFigures['bare']> {
  let server: RunningServer;
  try {
    server = await startNext({ dir: BARE_DIR, projectRoot: APP_DIR, port, readyPath: '/' });
  } catch (error) {
    throw new Error(`${(error as Error).message}: build the floor first with npm run bench:web:build-bare`);
  }
  try {
    const memFirst200 = treeRssMb(server.child.pid!);
    const memStart = await settledRssMb(server.child.pid!);
    const bytes = new Map([
      ['bare static', await pageBytes(server.origin, '/', new Map())],
      ['bare dynamic', await pageBytes(server.origin, '/dynamic?q=x', new Map())],
    ]);
    const rps = await requestsPerSecond(
      server.origin,
      new Map([
        ['bare static', '/'],
        ['bare dynamic', '/dynamic?q=x'],
      ]),
    );
    await runLoad({
      origin: server.origin,
      paths: ['/', '/dynamic?q=a', '/dynamic?q=b'],
      connections: CONNECTIONS,
      requests: MIXED_REQUESTS,
    });
    return { start: server.startToFirst200Ms, memFirst200, memStart, memAfter: treeRssMb(server.child.pid!), bytes, rps };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const runs: RunFigures[] = [];
  for (let run = 1; run <= RUNS; run++) {
    console.error(`… run ${run}/${RUNS}`);
    const bare = await measureBare(PORT + 1);
    const app = await measureApp(PORT);
    runs.push({ app, bare });
  }
  const med = (pick: (figures: RunFigures) => number): number => median(runs.map(pick));
  const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
  const barePage = med((r) => r.bare.bytes.get('bare static')!.scriptGzip);
  console.log(
    `Web benchmark: medians of ${RUNS} runs; ${CONNECTIONS} keep-alive connections × ${SECONDS} s per URL in ${SLICES} interleaved slices, after ${WARMUP_PER_URL} warm-up requests per URL; loopback.`,
  );
  console.log(
    `Load on the machine was NOT controlled (shared machine; load average at the end: ${(await import('node:os'))
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}).\n`,
  );
  console.log('Script (gzip KiB, <script src> of the HTML) · HTML (gzip / raw KiB) · Leaflet up front · ratio to the bare page');
  const first = runs[0]!;
  for (const name of [...first.bare.bytes.keys(), ...first.app.bytes.keys()]) {
    const pick = (r: RunFigures) => (r.app.bytes.get(name) ?? r.bare.bytes.get(name))!;
    const script = med((r) => pick(r).scriptGzip);
    console.log(
      `  ${name.padEnd(20)} script ${kib(script).padStart(6)} (${pick(first).scripts} files)  html ${kib(med((r) => pick(r).htmlGzip)).padStart(5)} / ${kib(med((r) => pick(r).htmlRaw)).padStart(6)}  leaflet ${pick(first).leaflet ? 'yes' : 'no '}  ${ratio(script, barePage)}`,
    );
  }
  console.log(`  Leaflet chunk(s): ${kib(med((r) => r.app.leafletGzip))} KiB gzip\n`);
  console.log('Requests/s');
  const rps = (name: string) => med((r) => r.app.rps.get(name) ?? r.bare.rps.get(name)!);
  for (const name of [...first.bare.rps.keys(), ...first.app.rps.keys()])
    console.log(`  ${name.padEnd(20)} ${rps(name).toFixed(0).padStart(6)}`);
  const access = rps('accessibility (en)');
  console.log(
    `  results (en) / accessibility: ${ratio(rps('results (en)'), access)} · results (fr) / accessibility: ${ratio(rps('results (fr)'), access)} (target ≥ 0.50×)`,
  );
  console.log(`  location / accessibility: ${ratio(rps('location (en)'), access)} (target ≥ 0.80×)`);
  console.log(
    `  api search / bare dynamic: ${ratio(rps('api search'), rps('bare dynamic'))} (target ≥ 0.75×) · bare dynamic / accessibility: ${ratio(rps('bare dynamic'), access)}\n`,
  );
  console.log('JSON on the wire (Accept-Encoding: gzip, br; `next start` alone) · decoded size');
  for (const path of first.app.wire.keys()) {
    const pick = (r: RunFigures) => r.app.wire.get(path)!;
    console.log(
      `  ${path.padEnd(40)} ${kib(med((r) => pick(r).wire)).padStart(6)} KiB ${pick(first).encoding.padEnd(5)} · ${kib(med((r) => pick(r).raw)).padStart(6)} KiB`,
    );
  }
  console.log(`  outlines target: ≤ 40 KB on the wire\n`);
  const memStart = med((r) => r.app.memStart);
  const memAfter = med((r) => r.app.memAfter);
  const bare = (pick: (b: RunFigures['bare']) => number) => med((r) => pick(r.bare)).toFixed(0);
  console.log(
    `Memory (RSS MB): Guichet ${med((r) => r.app.memFirst200).toFixed(0)} at first 200 · ${memStart.toFixed(0)} once start-up settled · ` +
      `${memAfter.toFixed(0)} after ${MIXED_REQUESTS} mixed requests (${ratio(memAfter, memStart)} of settled, target ≤ 2×); ` +
      `bare ${bare((b) => b.memFirst200)} · ${bare((b) => b.memStart)} · ${bare((b) => b.memAfter)}`,
  );
  const start = med((r) => r.app.start);
  const bareStart = med((r) => r.bare.start);
  console.log(
    `Start to first 200: Guichet ${(start / 1000).toFixed(2)} s · bare ${(bareStart / 1000).toFixed(2)} s (${ratio(start, bareStart)}, target ≤ 1.3×)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
