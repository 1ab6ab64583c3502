import { join } from 'node:path';
import { SourceDescription } from '../model/source-description';
import type { SourceMeta } from './contract';
import { readSourceJson, type DeclaredEncoding } from './encoding';
import { SourceFailure } from './errors';

/** Each source folder's machine-readable description (schema: lib/model/source-description.ts). */
export const SOURCE_DESCRIPTION_FILE = 'source.json';

/** data/sources/<id>/source.json, validated; a missing, invalid or misplaced description fails the source. */
export function readSourceDescription(sourcesDir: string, id: string): SourceDescription {
  const file = `${id}/${SOURCE_DESCRIPTION_FILE}`;
  const parsed = SourceDescription.safeParse(readSourceJson(join(sourcesDir, id, SOURCE_DESCRIPTION_FILE), file));
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new SourceFailure(file, `does not follow the source description schema: ${issues.join('; ')}`);
  }
  if (parsed.data.id !== id) throw new SourceFailure(file, `id "${parsed.data.id}" is not the folder's name`);
  return parsed.data;
}

/** The meta an adapter reports for source `id`, read from its source.json: only the data files are listed. */
export function sourceMeta(sourcesDir: string, id: string): SourceMeta {
  const description = readSourceDescription(sourcesDir, id);
  return {
    id,
    title: description.title,
    publisher: description.publisher,
    order: description.order,
    licence: description.licence.name,
    sourceDate: description.sourceDate,
    ...(description.upstreamUrl ? { upstreamUrl: description.upstreamUrl } : {}),
    dir: id,
    files: description.files.filter((file) => file.role === 'data').map(({ name, encoding }) => ({ name, encoding })),
    ...(description.guard ? { guard: guardOf(description.guard) } : {}),
  };
}

function guardOf({ maxRejectedShare, maxDrop }: NonNullable<SourceDescription['guard']>): NonNullable<SourceMeta['guard']> {
  return { ...(maxRejectedShare !== undefined ? { maxRejectedShare } : {}), ...(maxDrop !== undefined ? { maxDrop } : {}) };
}

/** Where to read one data file of a source, as readCsv, readSourceText and readJsonRecords take it. */
export interface SourceFileLocation {
  sourceId: string;
  /** path to open */
  path: string;
  /** name used in rejects and errors: <dir>/<file> */
  file: string;
  encoding: DeclaredEncoding;
}

/** A data file the source's source.json declares; an undeclared name is a programming error caught on the first run. */
export function sourceFile(sourcesDir: string, meta: SourceMeta, name: string): SourceFileLocation {
  const declared = meta.files.find((file) => file.name === name);
  if (!declared) throw new SourceFailure(`${meta.dir}/${SOURCE_DESCRIPTION_FILE}`, `does not declare the data file "${name}"`);
  return { sourceId: meta.id, path: join(sourcesDir, meta.dir, name), file: `${meta.dir}/${name}`, encoding: declared.encoding };
}
