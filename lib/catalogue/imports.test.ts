import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { areCatalogueImportsStale, inputsFingerprint, readCatalogueImports, writeCatalogueImports, type CatalogueImports } from './imports';

const root = process.cwd();
const buildDir = mkdtempSync(join(tmpdir(), 'guichet-catalogue-imports-'));
afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

const empty = (inputs: string): CatalogueImports => ({
  inputs,
  vacBenefits: [],
  serviceInventory: { rowCount: 0, externalCount: 0, services: [], attachments: {}, merged: [], dropped: [], rejectedUrls: [] },
});

describe('catalogue imports built with the data', () => {
  it('are stale when missing or built from other files, up to date when built from the current ones', () => {
    expect(areCatalogueImportsStale(root, buildDir)).toBe(true);
    writeCatalogueImports(buildDir, empty('an older fingerprint'));
    expect(areCatalogueImportsStale(root, buildDir)).toBe(true);
    writeCatalogueImports(buildDir, empty(inputsFingerprint(root)));
    expect(areCatalogueImportsStale(root, buildDir)).toBe(false);
    expect(readCatalogueImports(buildDir)).toEqual(empty(inputsFingerprint(root)));
  });

  it('say how to build them when missing', () => {
    expect(() => readCatalogueImports(join(buildDir, 'nowhere'))).toThrow(/npm run ingest:if-stale/);
  });

  it('the repository build is up to date (the test setup imports it)', () => {
    const imports = readCatalogueImports(join(root, 'data', 'build'));
    expect(areCatalogueImportsStale(root, join(root, 'data', 'build'))).toBe(false);
    expect(imports.vacBenefits).toHaveLength(51);
  });
});
