/**
 * Lighthouse benchmark: `npm run bench:lighthouse [-- --runs 3 --port 3620]`. Not a test: it prints figures and ratios
 * and never fails. It builds nothing: build Guichet (`npx next build`) and the bare floor (`npm run bench:web:build-bare`)
 * first. It starts both with `next start` on loopback, runs Lighthouse (mobile: simulated slow 4G and 4× CPU, the
 * default configuration) on each page type in both languages and on the bare app's page, in Debian's Chromium, and
 * prints medians over the runs: performance score, total blocking time (and its ratio to the bare page's in the same
 * run), largest contentful paint, cumulative layout shift, and script bytes transferred.
 * Map tiles are blocked (nothing is fetched from outside), so the figures are those of the app's own bytes.
 * `--only <text>` audits only the pages whose name contains the text (the bare page always runs, for the ratio);
 * `--details 1` also prints, per page and run, where the main thread went: Lighthouse's main-thread work by category,
 * the scripts that cost the most, and the long tasks.
 */
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from '../bench/load';
import { startNext } from '../bench/server';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(args.get('runs') ?? 3);
const PORT = Number(args.get('port') ?? 3620);
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ONLY = args.get('only');
const DETAILS = args.get('details') === '1';

interface Figures {
  score: number;
  tbtMs: number;
  lcpMs: number;
  cls: number;
  scriptKib: number;
}

type DetailItems = Array<Record<string, unknown>>;

function itemsOf(lhr: { audits: Record<string, { details?: unknown }> }, id: string): DetailItems {
  return (lhr.audits[id]?.details as { items?: DetailItems } | undefined)?.items ?? [];
}

/** Where the main thread went (Lighthouse's simulated, 4× CPU figures), for `--details 1`. */
function printDetails(name: string, lhr: { audits: Record<string, { details?: unknown }> }): void {
  const ms = (value: unknown): string => Number(value ?? 0).toFixed(0);
  const work = itemsOf(lhr, 'mainthread-work-breakdown').map((item) => `${String(item.groupLabel)} ${ms(item.duration)}`);
  console.log(`  ${name}: main thread ${work.join(' · ')}`);
  for (const item of itemsOf(lhr, 'bootup-time').slice(0, 6)) {
    console.log(
      `    script ${String(item.url).replace(/^https?:\/\/[^/]+/, '')}: total ${ms(item.total)}, eval ${ms(item.scripting)}, parse ${ms(item.scriptParseCompile)}`,
    );
  }
  const tasks = itemsOf(lhr, 'long-tasks').map((item) => `${ms(item.startTime)}+${ms(item.duration)}`);
  console.log(`    long tasks (start+ms): ${tasks.join(', ') || 'none'}`);
}

async function audit(name: string, url: string, port: number): Promise<Figures> {
  const result = await lighthouse(url, {
    port,
    onlyCategories: ['performance'],
    output: 'json',
    logLevel: 'error',
    blockedUrlPatterns: ['*tile.openstreetmap.org*', '*.tile.*'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const audits = lhr.audits;
  if (DETAILS) printDetails(name, lhr);
  const items =
    (audits['resource-summary']?.details as { items?: Array<{ resourceType: string; transferSize: number }> } | undefined)?.items ?? [];
  const script = items.find((item) => item.resourceType === 'script')?.transferSize ?? 0;
  return {
    score: lhr.categories.performance?.score ?? 0,
    tbtMs: audits['total-blocking-time']?.numericValue ?? 0,
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? 0,
    cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
    scriptKib: script / 1024,
  };
}

/** The first location page linked from a results page, so the bench follows the data rather than a fixed slug. */
async function firstLocationPath(origin: string): Promise<string> {
  const html = await (await fetch(`${origin}/en/search?q=passport&near=Ottawa`)).text();
  const match = /href="(\/en\/locations\/[^"?#]+)"/.exec(html);
  if (!match) throw new Error('no location link on the results page');
  return match[1]!;
}

async function main(): Promise<void> {
  const app = await startNext({ dir: ROOT, projectRoot: ROOT, port: PORT, readyPath: '/en' });
  const bare = await startNext({ dir: join(ROOT, 'bench', 'bare-app'), projectRoot: ROOT, port: PORT + 1, readyPath: '/' });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const location = await firstLocationPath(app.origin);
    const allPages: Array<[string, string]> = [
      ['bare page (floor)', `${bare.origin}/`],
      ['home (en)', `${app.origin}/en`],
      ['results (en)', `${app.origin}/en/search?q=passport&near=Ottawa`],
      ['results (fr)', `${app.origin}/fr/recherche?q=passeport&near=Gatineau`],
      ['location (en)', `${app.origin}${location}`],
      ['life event (fr)', `${app.origin}/fr/evenements-de-vie/avoir-un-bebe`],
    ];
    const pages = allPages.filter(([name], index) => index === 0 || !ONLY || name.includes(ONLY));
    const runs = new Map<string, Figures[]>(pages.map(([name]) => [name, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const [name, url] of pages) runs.get(name)!.push(await audit(name, url, chrome.port));
    }
    const medianOf = (name: string, key: keyof Figures): number => median(runs.get(name)!.map((figures) => figures[key]));
    const floorTbt = medianOf('bare page (floor)', 'tbtMs');
    console.log(`Lighthouse ${RUNS} run(s), mobile defaults (simulated slow 4G, 4× CPU), medians`);
    console.log('page                 score   TBT ms  TBT×bare  LCP ms   CLS    script KiB');
    for (const [name] of pages) {
      const tbt = medianOf(name, 'tbtMs');
      console.log(
        [
          name.padEnd(19),
          medianOf(name, 'score').toFixed(2).padStart(6),
          tbt.toFixed(0).padStart(8),
          (floorTbt > 0 ? (tbt / floorTbt).toFixed(2) + '×' : '—').padStart(9),
          medianOf(name, 'lcpMs').toFixed(0).padStart(7),
          medianOf(name, 'cls').toFixed(3).padStart(6),
          medianOf(name, 'scriptKib').toFixed(1).padStart(12),
        ].join(' '),
      );
    }
    console.log('targets: score ≥ 0.95 on every Guichet page, TBT ≤ 1.5× the bare page, CLS ≤ 0.05');
  } finally {
    chrome.kill();
    await app.stop();
    await bare.stop();
  }
}

await main();
