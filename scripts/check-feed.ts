/**
 * Checks an HSDS 3.0 feed as Guichet's ingest would read it: npm run check-feed -- <folder or file> [--lang fr]
 * Prints HSDS 3.0 and Canadian-profile problems by file, line and field, then each location's fate (imported and how
 * placed, or rejected and why). Exits 1 when a row would be rejected or HSDS is not followed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadSnapshot } from '../lib/data/snapshot';
import { provinceShapesFor } from '../lib/ingest/sources/geo-common';
import { checkFeed } from '../lib/ingest/feed-check/check';

const args = process.argv.slice(2);
const target = args.find((a) => !a.startsWith('--') && a !== 'fr' && a !== 'en');
const lang = args.includes('--lang') && args[args.indexOf('--lang') + 1] === 'fr' ? 'fr' : 'en';
if (!target) {
  console.error('usage: npm run check-feed -- <folder or file> [--lang fr]');
  process.exit(2);
}
const paths = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((f) => /\.(csv|json)$/i.test(f) && f !== 'hsds-feed.json')
      .map((f) => join(target, f))
  : [target];
const files = paths.map((p) => ({ name: basename(p), text: readFileSync(p, 'utf8') }));
const root = join(import.meta.dirname, '..');
const report = checkFeed(files, lang, loadSnapshot().snapshot.places, provinceShapesFor(join(root, 'data', 'sources')));
for (const f of report.files) console.log(`${f.name}: ${f.rows} rows${f.problem ? ` — ${f.problem}` : ''}`);
console.log(`\n${report.issues.length} problem(s):`);
for (const i of report.issues) console.log(`  ${i.file}:${i.line} [${i.table}.${i.field}] ${i.level}: ${i.message}`);
console.log(`\nlocations: ${report.counts.imported} imported, ${report.counts.rejected} rejected`);
for (const r of report.rows)
  console.log(
    `  ${r.file}:${r.line} ${r.name} — ${r.outcome === 'imported' ? `imported, placed by ${r.placement}, hours ${r.hours}` : `REJECTED: ${r.reason}`}`,
  );
process.exitCode = report.counts.rejected > 0 || report.issues.some((i) => i.level !== 'profile') ? 1 : 0;
