import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Vitest global setup: tests that read the snapshot (search, coverage, planning, data) or the catalogue get them even on
 * a fresh clone, built from the bundled sources exactly as `npm run ingest:if-stale` builds them (a no-op when up to date).
 */
export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  for (const script of ['ingest.ts', 'import-catalogue.ts']) {
    execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', script), '--if-stale'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
}
