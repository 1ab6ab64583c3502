/**
 * Imports the catalogue entries that come from data files (VAC Benefits Directory, GC Service Inventory) into
 * data/build/catalogue-imports.json, which lib/catalogue joins to the written entries of data/catalogue.
 *   npx tsx scripts/import-catalogue.ts              always import
 *   npx tsx scripts/import-catalogue.ts --if-stale   only when the data files, the tables or the import code changed
 */
import { join } from 'node:path';
import { areCatalogueImportsStale, importCatalogueSources, writeCatalogueImports } from '../lib/catalogue/imports';
import { INVENTORY_DEPARTMENTS, INVENTORY_MATCHES } from '../data/catalogue/inventory';

const root = join(import.meta.dirname, '..');
const buildDir = join(root, 'data', 'build');

if (process.argv.includes('--if-stale') && !areCatalogueImportsStale(root, buildDir)) {
  console.log('import-catalogue: catalogue imports are up to date');
} else {
  const imports = importCatalogueSources(root, { departments: INVENTORY_DEPARTMENTS, matches: INVENTORY_MATCHES });
  const path = writeCatalogueImports(buildDir, imports);
  console.log(
    `import-catalogue: ${path}: ${imports.vacBenefits.length} VAC benefits, ${imports.serviceInventory.services.length} GC Service Inventory services ` +
      `(${imports.serviceInventory.merged.length} records matched to other entries, ${imports.serviceInventory.dropped.length} dropped)`,
  );
}
