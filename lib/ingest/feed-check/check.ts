import type { Place } from '../../model/schema';
import { buildLocalityIndex } from '../../geo/locality-index';
import { placePoint, type Geocoder } from '../../geo/placement';
import type { ProvinceShape } from '../../geo/provinces';
import { scheduleFromSource } from '../../hours/schedule-from-source';
import {
  feedIssues,
  mapFeed,
  readCsvTable,
  readJsonTables,
  tableOfFile,
  type Declaration,
  type FeedIssue,
  type FeedTables,
} from '../hsds-feed-reader';

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

export interface RowVerdict {
  file: string;
  line: number;
  name: string;
  outcome: 'imported' | 'rejected';
  /** how the point would be placed */
  placement?: 'exact' | 'postal-code' | 'locality';
  hours?: 'structured' | 'text-only' | 'none';
  reason?: string;
}

/** Why a file gave no rows: not named after an HSDS table, unreadable (the parser's own words), or locations missing. */
export type FileProblem = { code: 'not-a-table' } | { code: 'unreadable'; detail: string } | { code: 'missing-locations' };

export interface FeedReport {
  files: Array<{ name: string; table?: string; rows: number; problem?: FileProblem }>;
  issues: FeedIssue[];
  rows: RowVerdict[];
  counts: { read: number; imported: number; rejected: number; profileIssues: number };
}

const CHECK_DECLARATION = (language: 'en' | 'fr'): Declaration => ({
  title: { en: 'Checked feed' },
  publisher: 'Feed check',
  order: 'municipal',
  jurisdiction: 'unknown',
  licence: 'unknown',
  sourceDate: '2026-01',
  language,
  format: 'csv',
});

/** Text of an upload, or why it cannot be read: not UTF-8, binary, or over the limit. */
export function decodeUpload(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: 'too-large' | 'not-text' } {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, problem: 'too-large' };
  if (bytes.includes(0)) return { ok: false, problem: 'not-text' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'not-text' };
  }
}

/**
 * Checks uploaded HSDS files with the ingest's own reader, validator and mapping: HSDS 3.0 and profile problems per
 * row and field, then, per location, whether Guichet would import it and how it would place it.
 */
export function checkFeed(
  files: Array<{ name: string; text: string }>,
  language: 'en' | 'fr',
  places: Place[],
  shapes: ProvinceShape[],
): FeedReport {
  const tables: FeedTables = new Map();
  const fileReports: FeedReport['files'] = [];
  for (const file of files) {
    const table = tableOfFile(file.name);
    try {
      if (/\.json$/i.test(file.name)) {
        const read = readJsonTables(file.name, JSON.parse(file.text) as unknown, table);
        for (const [t, rows] of read) tables.set(t, [...(tables.get(t) ?? []), ...rows]);
        fileReports.push({ name: file.name, rows: [...read.values()].reduce((n, r) => n + r.length, 0) });
      } else if (table) {
        const rows = readCsvTable(file.name, table, file.text);
        tables.set(table, [...(tables.get(table) ?? []), ...rows]);
        fileReports.push({ name: file.name, table, rows: rows.length });
      } else {
        fileReports.push({ name: file.name, rows: 0, problem: { code: 'not-a-table' } });
      }
    } catch (error) {
      fileReports.push({ name: file.name, rows: 0, problem: { code: 'unreadable', detail: (error as Error).message.slice(0, 200) } });
    }
  }
  const issues = feedIssues(tables);
  if (!tables.has('locations')) fileReports.push({ name: 'locations', rows: 0, problem: { code: 'missing-locations' } });
  const mapped = mapFeed(tables, issues, { sourceId: 'check', dir: 'upload', declaration: CHECK_DECLARATION(language) });
  const geocoder: Geocoder = { shapes, localities: buildLocalityIndex(places) };
  const rows: RowVerdict[] = [];
  for (const reject of mapped.rejects) {
    const row = (tables.get('locations') ?? []).find((r) => `upload/${r.file}` === reject.file && r.line === reject.line);
    if (row)
      rows.push({
        file: row.file,
        line: row.line,
        name: String(row.values['name'] ?? ''),
        outcome: 'rejected',
        reason: `${reject.field}: ${reject.reason}`,
      });
  }
  for (const point of mapped.points) {
    const provenance = point.provenance[0]!;
    const file = provenance.file.replace(/^upload\//, '');
    const placement = placePoint(geocoder, {
      province: point.address.province,
      city: point.address.city,
      ...(point.address.postalCode ? { postalCode: point.address.postalCode } : {}),
      ...(point.sourceCoordinates ? { source: point.sourceCoordinates } : {}),
    });
    const name = point.name[language] ?? point.name.en ?? point.name.fr ?? '';
    if (!placement.ok) {
      rows.push({ file, line: provenance.line ?? 0, name, outcome: 'rejected', reason: `${placement.field}: ${placement.reason}` });
      continue;
    }
    const { schedule } = scheduleFromSource(point.hours, {
      province: point.address.province,
      calendar: 'provincial',
      today: new Date().toISOString().slice(0, 10),
    });
    rows.push({
      file,
      line: provenance.line ?? 0,
      name,
      outcome: 'imported',
      placement: placement.coordinates.precision,
      hours: schedule.status,
    });
  }
  rows.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  let read = 0;
  for (const list of tables.values()) read += list.length;
  return {
    files: fileReports,
    issues,
    rows,
    counts: {
      read,
      imported: rows.filter((r) => r.outcome === 'imported').length,
      rejected: rows.filter((r) => r.outcome === 'rejected').length,
      profileIssues: issues.filter((i) => i.level === 'profile').length,
    },
  };
}
