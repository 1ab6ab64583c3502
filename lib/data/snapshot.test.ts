import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Snapshot } from '../model/schema';
import { runPipeline } from '../ingest/pipeline';
import { PLACE_ADAPTERS, SERVICE_CANADA_ADAPTERS } from '../ingest/core-adapters';
import { REAL_SOURCES_DIR } from '../ingest/test-support';
import { indexSnapshot, loadSnapshot, snapshotDigest } from './snapshot';

describe('indexSnapshot', () => {
  const { snapshot } = runPipeline({ sourcesDir: REAL_SOURCES_DIR, adapters: [...PLACE_ADAPTERS, ...SERVICE_CANADA_ADAPTERS], today: '2026-11-22', builtAt: '2026-11-22T12:00:00.000Z' });
  const loaded = indexSnapshot(snapshot);

  it('looks points up by id and slug, organizations by id', () => {
    const stJohns = loaded.pointById.get('sc-1137')!;
    expect(loaded.pointBySlug.get(stJohns.slug)).toBe(stJohns);
    expect(loaded.organizationById.get(stJohns.hostOrganizationId)?.name.en).toBe('Service Canada');
  });

  it('groups services at locations by location and by service', () => {
    expect(loaded.servicesAtLocationByLocation.get('sc-1137')!.map((s) => s.serviceId)).toEqual(['sc-in-person', 'passport-services', 'ircc-biometrics']);
    expect(loaded.servicesAtLocationByService.get('ircc-biometrics')).toHaveLength(82);
  });
});

describe('loadSnapshot', () => {
  const { snapshot } = runPipeline({ sourcesDir: REAL_SOURCES_DIR, adapters: [...PLACE_ADAPTERS], today: '2026-11-22', builtAt: '2026-11-22T12:00:00.000Z' });
  const json = JSON.stringify(snapshot);
  function buildDir(snapshotJson: string, sha256: string | undefined): string {
    const dir = mkdtempSync(join(tmpdir(), 'guichet-load-'));
    writeFileSync(join(dir, 'snapshot-a.json'), snapshotJson);
    writeFileSync(join(dir, 'current.json'), JSON.stringify({ snapshot: 'snapshot-a.json', version: snapshot.version, builtAt: snapshot.builtAt, sha256 }));
    return dir;
  }

  afterEach(() => vi.restoreAllMocks());

  it('parses without re-validating a file whose bytes have the digest the build recorded', () => {
    const validate = vi.spyOn(Snapshot, 'parse');
    const loaded = loadSnapshot(buildDir(json, snapshotDigest(Buffer.from(json))));
    expect(loaded.snapshot.places.length).toBe(snapshot.places.length);
    expect(validate).not.toHaveBeenCalled();
  });

  it('validates a file that changed after the build, or behind a pointer without a digest, and refuses it when invalid', () => {
    const validate = vi.spyOn(Snapshot, 'parse');
    const broken = JSON.stringify({ ...snapshot, places: [{ id: 'x' }] });
    expect(() => loadSnapshot(buildDir(broken, snapshotDigest(Buffer.from(json))))).toThrow();
    expect(() => loadSnapshot(buildDir(broken, undefined))).toThrow();
    expect(loadSnapshot(buildDir(json, undefined)).snapshot.version).toBe(snapshot.version);
    expect(validate).toHaveBeenCalledTimes(3);
  });
});
