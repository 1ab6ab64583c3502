import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCE_DESCRIPTION_FILE } from './source-meta';
import { PROVINCES_DIR, PROVINCES_FILE } from './sources/geo-common';

/** data/sources of the repo. */
export const REAL_SOURCES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'sources');

/** Creates `<dir>/<id>/` holding the real source's source.json (adapters read their meta from it). */
export function withSourceDescription(dir: string, id: string): string {
  const folder = join(dir, id);
  mkdirSync(folder, { recursive: true });
  const description = join(REAL_SOURCES_DIR, id, SOURCE_DESCRIPTION_FILE);
  if (existsSync(description) && !existsSync(join(folder, SOURCE_DESCRIPTION_FILE)))
    copyFileSync(description, join(folder, SOURCE_DESCRIPTION_FILE));
  return folder;
}

/**
 * A temp sources dir holding the real province outlines plus the given files (path relative to the sources dir), each
 * folder with the real source's source.json.
 */
export function tempSourcesDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-sources-'));
  copyFileSync(join(REAL_SOURCES_DIR, PROVINCES_DIR, PROVINCES_FILE), join(withSourceDescription(dir, PROVINCES_DIR), PROVINCES_FILE));
  for (const [path, content] of Object.entries(files)) {
    withSourceDescription(dir, dirname(path));
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
