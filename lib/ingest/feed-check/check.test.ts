import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../data/snapshot';
import { provinceShapesFor } from '../sources/geo-common';
import { REAL_SOURCES_DIR } from '../test-support';
import { checkFeed, decodeUpload, MAX_UPLOAD_BYTES } from './check';
import { reportHtml } from './check-html';

const FIXTURE = join(process.cwd(), 'lib', 'ingest', 'feed-check', 'fixtures', 'gatineau-csv');
const places = loadSnapshot().snapshot.places;
const shapes = provinceShapesFor(REAL_SOURCES_DIR);
const fixtureFiles = readdirSync(FIXTURE)
  .filter((f) => f.endsWith('.csv'))
  .map((name) => ({ name, text: readFileSync(join(FIXTURE, name), 'utf8') }));

describe('feed checker', () => {
  it('reports profile problems and how each location would be placed', () => {
    const report = checkFeed(fixtureFiles, 'fr', places, shapes);
    expect(report.counts).toMatchObject({ imported: 3, rejected: 0 });
    expect(report.issues).toEqual([expect.objectContaining({ file: 'addresses.csv', line: 3, field: 'state_province', level: 'profile' })]);
    expect(report.rows.every((r) => r.placement === 'exact' && r.hours === 'structured')).toBe(true);
  });

  it('says which rows would be rejected and why: bad schema, unknown town, missing address', () => {
    const files = fixtureFiles.map((f) =>
      f.name === 'addresses.csv'
        ? { ...f, text: f.text.replace('Gatineau,,Québec,J9H3M2', 'Nulle-Part-Sur-Mer,,QC,') }
        : f.name === 'locations.csv'
          ? {
              ...f,
              text: f.text
                .replace(',45.3963,-75.8427,', ',,,')
                .replace(/\r\n[^\r\n]*Masson-Angers[^\r\n]*/, '\r\nbadid,virtualish,,,X,,,,,,,'),
            }
          : f,
    );
    const report = checkFeed(files, 'en', places, shapes);
    const rejected = report.rows.filter((r) => r.outcome === 'rejected');
    expect(rejected.map((r) => r.line).sort()).toEqual([3, 4]);
    expect(rejected.find((r) => r.line === 3)!.reason).toMatch(/city|locality|town|place/i);
    expect(report.issues.some((i) => i.level === 'hsds' && i.field === 'id')).toBe(true);
    const html = reportHtml(report, 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).not.toMatch(/<script/);
  });

  it('refuses oversize and binary uploads, and escapes what it echoes', () => {
    expect(decodeUpload(new Uint8Array(MAX_UPLOAD_BYTES + 1))).toEqual({ ok: false, problem: 'too-large' });
    expect(decodeUpload(new Uint8Array([0x50, 0x00, 0x4b]))).toEqual({ ok: false, problem: 'not-text' });
    expect(decodeUpload(new Uint8Array([0xff, 0xfe, 0x41]))).toEqual({ ok: false, problem: 'not-text' });
    const report = checkFeed(
      [{ name: 'locations.csv', text: 'id,location_type,name\r\n<script>,physical,<b>x</b>\r\n' }],
      'en',
      places,
      shapes,
    );
    expect(reportHtml(report, 'en')).not.toContain('<b>x</b>');
  });

  it('reports in French in French: its own words translated, the validator’s English marked as English', () => {
    const report = checkFeed(
      [...fixtureFiles.filter((f) => f.name !== 'locations.csv'), { name: 'notes.txt', text: 'x' }, { name: 'services.json', text: '{' }],
      'fr',
      places,
      shapes,
    );
    const html = reportHtml(report, 'fr');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('ce n’est pas le nom d’une table HSDS');
    expect(html).toContain('table manquante : Guichet a besoin de locations');
    expect(html).toMatch(/illisible : <span lang="en">[^<]+<\/span>/);
    expect(html).not.toContain('not an HSDS table name');
    expect(html).not.toContain('missing table');
    const placed = reportHtml(checkFeed(fixtureFiles, 'fr', places, shapes), 'fr');
    expect(placed).toContain('importé, placé par ses coordonnées; heures\u00a0: lues');
    expect(placed).toMatch(/\(profil de Guichet\)\u00a0: <span lang="en">/);
  });
});
