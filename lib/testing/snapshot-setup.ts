import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Vitest global setup: tests that read the snapshot (search, coverage, planning, data) get one even on a fresh clone,
 * built from the bundled sources exactly as `npm run ingest:if-stale` builds it (a no-op when it is up to date).
 */
export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'ingest.ts'), '--if-stale'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
