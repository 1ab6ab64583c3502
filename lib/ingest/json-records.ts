import type { z } from 'zod';
import type { Reject } from '../model/schema';
import { readSourceText, type DeclaredEncoding } from './encoding';
import { SourceFailure, rejectBuilder } from './errors';

/** Where a file keeps its records: the root array, a GeoJSON FeatureCollection's features, or an array under a key. */
export type RecordsAt = 'array' | 'features' | { key: string };

/** Finds the line of each record in the file's text; undefined leaves the record at its ordinal. */
export type LineLocator = (text: string) => (raw: unknown, index: number) => number | undefined;

export interface ReadJsonRecordsOptions<T> {
  sourceId: string;
  /** path to open */
  path: string;
  /** name used in rejects and errors, e.g. "federal-x/offices.json" */
  file: string;
  encoding?: DeclaredEncoding;
  /** JavaScript the file must start with around its JSON (`let name = `): a string to match exactly, or a pattern */
  prefix?: string | RegExp;
  at: RecordsAt;
  /** fields that at least one record must have (a feature: in its properties), or the whole file fails */
  requiredFields?: string[];
  /** a record that does not fit is rejected with the field and message of its first problem */
  schema: z.ZodType<T>;
  /** what reject reasons call a record: "record", "feature", "area office" */
  label: string;
  /** default: records are located by their 1-based position (files on one line, where a line proves nothing) */
  lineOf?: LineLocator;
}

export interface JsonRecord<T> {
  value: T;
  /** 1-based position in the records array */
  ordinal: number;
  /** the record's line in the file, or its ordinal when the file does not show it */
  line: number;
}

export interface JsonRecordsFile<T> {
  /** the records that fit the schema, in file order */
  records: Array<JsonRecord<T>>;
  /** the records that do not, with file, line, field and reason */
  rejects: Reject[];
  /** records seen, rejected ones included */
  recordsRead: number;
}

/**
 * Reads a JSON (or GeoJSON, or JSON wrapped in a JavaScript assignment) source file record by record. Whole-file
 * problems (missing, empty or wrongly encoded file, bad JSON, no records array, a required field absent from every
 * record) throw SourceFailure; a record that does not fit the schema becomes a reject and the others still load.
 */
export function readJsonRecords<T>(options: ReadJsonRecordsOptions<T>): JsonRecordsFile<T> {
  const { file } = options;
  const { text } = readSourceText(options.path, file, options.encoding);
  const raws = recordsAt(parseJson(text, file, options.prefix), options.at, file);
  const missing = (options.requiredFields ?? []).filter((field) => !raws.some((raw) => hasField(raw, field, options.at)));
  if (raws.length > 0 && missing.length > 0) throw new SourceFailure(file, `missing field(s): ${missing.join(', ')}`);

  const locate = options.lineOf?.(text);
  const reject = rejectBuilder(options.sourceId, file);
  const records: Array<JsonRecord<T>> = [];
  const rejects: Reject[] = [];
  raws.forEach((raw, index) => {
    const ordinal = index + 1;
    const line = locate?.(raw, index) ?? ordinal;
    const parsed = options.schema.safeParse(raw);
    if (parsed.success) {
      records.push({ value: parsed.data, ordinal, line });
      return;
    }
    const issue = parsed.error.issues[0];
    rejects.push(
      reject(line, issue?.path.join('.') || `(${options.label})`, `${options.label} ${ordinal}: ${issue?.message ?? 'invalid'}`),
    );
  });
  return { records, rejects, recordsRead: raws.length };
}

function parseJson(text: string, file: string, prefix: string | RegExp | undefined): unknown {
  let body = text;
  if (typeof prefix === 'string') {
    if (!text.startsWith(prefix))
      throw new SourceFailure(file, `expected the file to start with "${prefix}" (JSON assigned in JavaScript)`);
    body = text.slice(prefix.length);
  } else if (prefix) {
    const match = new RegExp(`^(?:${prefix.source})`).exec(text);
    if (!match) throw new SourceFailure(file, `expected the file to start with JavaScript matching /${prefix.source}/`);
    body = text.slice(match[0].length);
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new SourceFailure(file, `invalid or truncated JSON${prefix ? ' after its JavaScript prefix' : ''} (${(error as Error).message})`);
  }
}

function recordsAt(json: unknown, at: RecordsAt, file: string): unknown[] {
  if (at === 'array') {
    if (!Array.isArray(json)) throw new SourceFailure(file, 'expected a JSON array of records');
    return json;
  }
  const root = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  if (at === 'features') {
    if (root?.type !== 'FeatureCollection' || !Array.isArray(root.features)) {
      throw new SourceFailure(file, 'expected a GeoJSON FeatureCollection with a features array');
    }
    return root.features;
  }
  const records = root?.[at.key];
  if (!Array.isArray(records)) throw new SourceFailure(file, `expected a JSON object with an ${at.key} array`);
  return records;
}

function hasField(raw: unknown, field: string, at: RecordsAt): boolean {
  const holder = at === 'features' ? (raw as { properties?: unknown } | null)?.properties : raw;
  return typeof holder === 'object' && holder !== null && field in holder;
}

/**
 * Locates each record at the line where its key is written (pretty-printed files): `pattern`'s first group is the key,
 * `keyOf` reads it from the record. A key written twice is taken in file order.
 */
export function lineOfKey(pattern: RegExp, keyOf: (raw: unknown) => string | undefined): LineLocator {
  return (text) => {
    const lines = new Map<string, number[]>();
    text.split('\n').forEach((line, index) => {
      const key = pattern.exec(line)?.[1];
      if (key !== undefined) lines.set(key, [...(lines.get(key) ?? []), index + 1]);
    });
    return (raw) => {
      const key = keyOf(raw);
      return key === undefined ? undefined : lines.get(key)?.shift();
    };
  };
}

/** Locates the n-th record at the n-th line matching `pattern` (files with one record per line). */
export function lineOfEach(pattern: RegExp): LineLocator {
  return (text) => {
    const lines = text.split('\n').flatMap((line, index) => (pattern.test(line) ? [index + 1] : []));
    return (_raw, index) => lines[index];
  };
}
