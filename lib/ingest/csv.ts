import { parse } from 'csv-parse/sync';
import type { Reject } from '../model/schema';
import { readSourceText, type DeclaredEncoding, type TextEncoding } from './encoding';
import { SourceFailure, rejectBuilder } from './errors';
import { presentOrUndefined } from './text';

export interface CsvRow {
  /** 1-based line in the file where the record starts (header is line 1) */
  line: number;
  /** cell values by header name; literal NULL / N/A / blank → undefined */
  values: Record<string, string | undefined>;
}

export interface CsvFile {
  header: string[];
  rows: CsvRow[];
  /** records that could not be parsed (wrong field count, unclosed quote…) */
  rejects: Reject[];
  encoding: TextEncoding;
  /** data records seen, including rejected ones */
  recordsRead: number;
}

export interface ReadCsvOptions {
  sourceId: string;
  /** path to open */
  path: string;
  /** name used in rejects and errors, e.g. "federal-x/offices.csv" */
  file: string;
  /** columns that must be in the header, or the whole source fails */
  requiredColumns: string[];
  /** the file's encoding as PROVENANCE.md states it (default UTF-8; nothing is guessed) */
  encoding?: DeclaredEncoding;
  delimiter?: string;
  /** for files without a header row: the column names, in order (every line is then data) */
  headerless?: string[];
}

/**
 * Reads a CSV with a header row. Whole-file problems (missing/empty file, missing columns, a file cut off in its last
 * record) throw SourceFailure; row problems become rejects with file:line and the good rows still load.
 */
export function readCsv(options: ReadCsvOptions): CsvFile {
  const { text, encoding } = readSourceText(options.path, options.file, options.encoding);
  if (text.trim() === '') throw new SourceFailure(options.file, 'file is empty');
  const reject = rejectBuilder(options.sourceId, options.file);
  const rejects: Reject[] = [];

  const records = parse(text, {
    delimiter: options.delimiter ?? ',',
    relax_column_count: true,
    relax_quotes: true,
    quote: options.delimiter === '\t' ? false : '"',
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (error: Error | undefined, raw: string | undefined) => {
      const line = (error as { lines?: number } | undefined)?.lines ?? 0;
      rejects.push(
        reject(
          Math.max(line, 1),
          '(record)',
          `unparseable CSV record: ${error?.message ?? 'unknown'}${raw ? ` — ${raw.slice(0, 60)}` : ''}`,
        ),
      );
      return undefined;
    },
  }) as unknown as Array<{ record: string[]; info: { lines: number; empty_lines: number } }>;

  const headerRecord = options.headerless ? { record: options.headerless, info: { lines: 0, empty_lines: 0 } } : records[0];
  if (!headerRecord) throw new SourceFailure(options.file, 'no header row');
  const rawHeader = headerRecord.record.map((name) => name.trim());
  const missing = options.requiredColumns.filter((column) => !rawHeader.includes(column));
  if (missing.length > 0) throw new SourceFailure(options.file, `missing column(s): ${missing.join(', ')}`);
  const ambiguous = options.requiredColumns.filter((column) => rawHeader.indexOf(column) !== rawHeader.lastIndexOf(column));
  if (ambiguous.length > 0) throw new SourceFailure(options.file, `duplicate column(s): ${ambiguous.join(', ')}`);
  // repeated names the caller does not rely on (StatCan's "Symbols" after every measure) become "Symbols#2", "Symbols#3"…
  const header = rawHeader.map((name, index) => {
    const occurrence = rawHeader.slice(0, index).filter((n) => n === name).length;
    return occurrence === 0 ? name : `${name}#${occurrence + 1}`;
  });

  const rows: CsvRow[] = [];
  let previousEndLine = headerRecord.info.lines;
  let previousEmptyLines = headerRecord.info.empty_lines;
  for (const { record, info } of options.headerless ? records : records.slice(1)) {
    const line = previousEndLine + 1 + (info.empty_lines - previousEmptyLines);
    previousEndLine = info.lines;
    previousEmptyLines = info.empty_lines;
    if (record.length !== header.length) {
      rejects.push(reject(line, '(record)', `expected ${header.length} fields, found ${record.length} (truncated or malformed row)`));
      continue;
    }
    const values: Record<string, string | undefined> = {};
    header.forEach((name, index) => {
      values[name] = presentOrUndefined(record[index]);
    });
    rows.push({ line, values });
  }
  rejects.sort((a, b) => a.line - b.line);
  failIfTruncated(options.file, text, rows, rejects);
  return { header, rows, rejects, encoding, recordsRead: rows.length + rejects.length };
}

/**
 * A file cut off mid-record (a partial download, a disk that filled up) is a failed source, not a short one: its
 * last record is malformed and no line break ends it, or it ends inside a quoted cell.
 */
function failIfTruncated(file: string, text: string, rows: CsvRow[], rejects: Reject[]): void {
  const lastReject = rejects.at(-1);
  if (lastReject === undefined) return;
  const lastRowLine = rows.at(-1)?.line ?? 0;
  const endsInsideQuote = /Quote Not Closed/i.test(lastReject.reason);
  const lastRecordMalformed = lastReject.line > lastRowLine && !/\r?\n\s*$/.test(text);
  if (endsInsideQuote || lastRecordMalformed) {
    throw new SourceFailure(file, `file is truncated: its last record (line ${lastReject.line}) is cut off (${lastReject.reason})`);
  }
}
