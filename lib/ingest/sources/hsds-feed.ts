import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Adapter, AdapterResult, SourceMeta } from '../contract';
import { readSourceText } from '../encoding';
import { SourceFailure } from '../errors';
import {
  declarationProblems,
  feedIssues,
  mapFeed,
  readCsvTable,
  readJsonTables,
  tableOfFile,
  type Declaration,
  type FeedTables,
} from '../hsds-feed-reader';

/** The declaration a publisher drops next to an HSDS feed (schema: definitions.declaration of /api/hsds/profile.json). */
export const DECLARATION_FILE = 'hsds-feed.json';

/** Reads every HSDS table file of a folder (CSV: <table>.csv; JSON: hsds.json or <table>.json). */
export function readFeedFolder(folderPath: string, dir: string, format: 'csv' | 'json'): { tables: FeedTables; files: string[] } {
  const tables: FeedTables = new Map();
  const files: string[] = [];
  for (const name of readdirSync(folderPath).sort()) {
    if (name === DECLARATION_FILE || !name.toLowerCase().endsWith(`.${format}`)) continue;
    const table = tableOfFile(name);
    const isBundle = format === 'json' && /^(hsds|datapackage-data|feed)\.json$/i.test(name);
    if (!table && !isBundle) continue;
    const text = readSourceText(join(folderPath, name), `${dir}/${name}`).text;
    files.push(name);
    try {
      if (format === 'csv') tables.set(table!, [...(tables.get(table!) ?? []), ...readCsvTable(name, table!, text)]);
      else
        for (const [t, rows] of readJsonTables(name, JSON.parse(text) as unknown, table))
          tables.set(t, [...(tables.get(t) ?? []), ...rows]);
    } catch (error) {
      throw new SourceFailure(`${dir}/${name}`, `unreadable ${format.toUpperCase()}: ${(error as Error).message}`);
    }
  }
  return { tables, files };
}

/**
 * Generic adapter for an HSDS 3.0 feed in data/sources/<folder>/ (CSV or JSON tables, PROVENANCE.md and
 * hsds-feed.json): validated against HSDS 3.0 and the Canadian profile, mapped into Guichet's model, every row
 * imported, kept as a reference row (organizations, services, addresses, schedules…) or rejected with its reason.
 */
export function hsdsFeedAdapter(folder: string): Adapter {
  const adapter: Adapter = (sourcesDir): AdapterResult => {
    const folderPath = join(sourcesDir, folder);
    const declarationPath = join(folderPath, DECLARATION_FILE);
    if (!existsSync(join(folderPath, 'PROVENANCE.md')))
      throw new SourceFailure(`${folder}/PROVENANCE.md`, 'missing: every source folder needs its PROVENANCE.md');
    if (!existsSync(declarationPath)) throw new SourceFailure(`${folder}/${DECLARATION_FILE}`, 'missing declaration file');
    let declaration: Declaration;
    try {
      declaration = JSON.parse(readFileSync(declarationPath, 'utf8')) as Declaration;
    } catch {
      throw new SourceFailure(`${folder}/${DECLARATION_FILE}`, 'not valid JSON');
    }
    const problems = declarationProblems(declaration);
    if (problems.length > 0)
      throw new SourceFailure(
        `${folder}/${DECLARATION_FILE}`,
        `does not follow the profile's declaration schema: ${problems.slice(0, 3).join('; ')}`,
      );
    const { tables, files } = readFeedFolder(folderPath, folder, declaration.format);
    if (!tables.has('locations'))
      throw new SourceFailure(
        `${folder}/locations.${declaration.format}`,
        'missing table: an HSDS feed for Guichet needs locations (and addresses)',
      );
    if ((tables.get('locations') ?? []).length === 0)
      throw new SourceFailure(`${folder}/locations.${declaration.format}`, 'the locations table is empty');
    const meta: SourceMeta = {
      id: declaration.id ?? folder,
      title: declaration.title as SourceMeta['title'],
      publisher: declaration.publisher,
      order: declaration.order,
      licence: declaration.licence,
      sourceDate: declaration.sourceDate,
      ...(declaration.upstreamUrl ? { upstreamUrl: declaration.upstreamUrl } : {}),
      dir: folder,
      files: files.map((name) => ({ name, encoding: 'utf-8' as const })),
    };
    const mapped = mapFeed(tables, feedIssues(tables), { sourceId: meta.id, dir: folder, declaration });
    return {
      meta,
      organizations: mapped.organizations,
      services: mapped.services,
      points: mapped.points,
      places: [],
      enrich: [],
      rejects: mapped.rejects,
      rowsRead: mapped.rowsRead,
      referenceRows: mapped.referenceRows,
      warnings: mapped.warnings,
    };
  };
  Object.defineProperty(adapter, 'name', { value: `hsdsFeed(${folder})` });
  return adapter;
}

/** One adapter per folder of `sourcesDir` that holds an hsds-feed.json: adding a feed needs no code. */
export function hsdsFeedAdapters(sourcesDir: string = join(process.cwd(), 'data', 'sources')): Adapter[] {
  if (!existsSync(sourcesDir)) return [];
  return readdirSync(sourcesDir)
    .filter((name) => statSync(join(sourcesDir, name)).isDirectory() && existsSync(join(sourcesDir, name, DECLARATION_FILE)))
    .sort()
    .map(hsdsFeedAdapter);
}
