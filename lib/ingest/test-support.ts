import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROVINCES_DIR, PROVINCES_FILE } from './sources/geo-common';

/** data/sources of the repo. */
export const REAL_SOURCES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'sources');

/** A temp sources dir holding the real province outlines plus the given files (path relative to the sources dir). */
export function tempSourcesDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-sources-'));
  mkdirSync(join(dir, PROVINCES_DIR), { recursive: true });
  copyFileSync(join(REAL_SOURCES_DIR, PROVINCES_DIR, PROVINCES_FILE), join(dir, PROVINCES_DIR, PROVINCES_FILE));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
