import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INVENTORY_SOURCE_FOLDER, type CatalogueServiceInput, type InventoryDepartment, type InventoryMatch } from '../model/catalogue';
import { importServiceInventory, INVENTORY_FILE, type InventoryImport } from './inventory-import';
import { importVacBenefits, VAC_FILE, VAC_SOURCE_ID } from './vac-import';

/**
 * The catalogue entries read from data files (VAC Benefits Directory, GC Service Inventory) are imported when the data
 * is built (scripts/import-catalogue.ts, run by `npm run ingest`, `ingest:if-stale` and the unit tests' setup), not
 * when the server loads the catalogue: the server reads the result from data/build like the snapshot.
 */

/** in data/build/ */
export const CATALOGUE_IMPORTS_FILE = 'catalogue-imports.json';

export interface CatalogueImports {
  /** hash of the files the imports were built from (data files and the code that reads them) */
  inputs: string;
  vacBenefits: CatalogueServiceInput[];
  serviceInventory: InventoryImport;
}

/** The judgements the inventory import applies (tables in data/catalogue/inventory.ts). */
export interface InventoryTables {
  departments: Readonly<Record<string, InventoryDepartment>>;
  matches: readonly InventoryMatch[];
}

/** Files (relative to the repository root) whose change makes the imports stale. */
export function catalogueImportInputs(): string[] {
  return [
    join('data', 'sources', VAC_SOURCE_ID, VAC_FILE),
    join('data', 'sources', INVENTORY_SOURCE_FOLDER, INVENTORY_FILE),
    join('data', 'catalogue', 'inventory.ts'),
    ...['imports.ts', 'vac-import.ts', 'inventory-import.ts'].map((file) => join('lib', 'catalogue', file)),
    join('lib', 'model', 'catalogue.ts'),
  ];
}

export function inputsFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const input of catalogueImportInputs())
    hash
      .update(input)
      .update('\0')
      .update(readFileSync(join(root, input)))
      .update('\0');
  return hash.digest('hex');
}

export function importCatalogueSources(root: string, tables: InventoryTables): CatalogueImports {
  const sourcesDir = join(root, 'data', 'sources');
  return {
    inputs: inputsFingerprint(root),
    vacBenefits: importVacBenefits(JSON.parse(readFileSync(join(sourcesDir, VAC_SOURCE_ID, VAC_FILE), 'utf8'))),
    serviceInventory: importServiceInventory(readFileSync(join(sourcesDir, INVENTORY_SOURCE_FOLDER, INVENTORY_FILE)), tables),
  };
}

/** Missing, unreadable, or built from other inputs than the repository's current files. */
export function areCatalogueImportsStale(root: string, buildDir: string): boolean {
  const path = join(buildDir, CATALOGUE_IMPORTS_FILE);
  if (!existsSync(path)) return true;
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as Partial<CatalogueImports>).inputs !== inputsFingerprint(root);
  } catch {
    return true;
  }
}

export function writeCatalogueImports(buildDir: string, imports: CatalogueImports): string {
  mkdirSync(buildDir, { recursive: true });
  const path = join(buildDir, CATALOGUE_IMPORTS_FILE);
  const temporary = join(buildDir, `.tmp-${CATALOGUE_IMPORTS_FILE}`);
  writeFileSync(temporary, JSON.stringify(imports));
  renameSync(temporary, path);
  return path;
}

export function readCatalogueImports(buildDir: string): CatalogueImports {
  const path = join(buildDir, CATALOGUE_IMPORTS_FILE);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run ingest:if-stale\` to import the catalogue's data files`);
  return JSON.parse(readFileSync(path, 'utf8')) as CatalogueImports;
}
