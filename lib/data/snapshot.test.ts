import { describe, expect, it } from 'vitest';
import { runPipeline } from '../ingest/pipeline';
import { PLACE_ADAPTERS, SERVICE_CANADA_ADAPTERS } from '../ingest/core-adapters';
import { REAL_SOURCES_DIR } from '../ingest/test-support';
import { indexSnapshot } from './snapshot';

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
