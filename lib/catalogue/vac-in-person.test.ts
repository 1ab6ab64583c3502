import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../data/snapshot';
import { getCatalogue } from './catalogue';
import { deliveryPointsForAll } from './delivery';
import { VAC_AREA_OFFICES, VAC_SOURCE_ID } from './vac-import';

const { catalogue, sourceById } = getCatalogue();
const vacBenefits = catalogue.services.filter((service) => service.origin.kind === 'imported' && service.origin.sourceId === VAC_SOURCE_ID);

describe('VAC benefits in person', () => {
  it('every imported VAC benefit has the area-office channel, citing the area-office data file', () => {
    expect(vacBenefits).toHaveLength(51);
    for (const service of vacBenefits) expect(service.channels.inPerson, service.id).toEqual(VAC_AREA_OFFICES);
    expect(VAC_AREA_OFFICES.sources).toEqual(['federal-vac-area-offices-2019']);
    expect(sourceById.get('federal-vac-area-offices-2019')?.bundled).toBe(true);
    expect(VAC_AREA_OFFICES.note?.fr).toMatch(/février 2019/);
  });

  it('resolves to the 38 area offices of the current snapshot (data/build), in ten provinces and no territory', () => {
    // No fallback: without a built snapshot (npm run ingest) this suite fails.
    const { snapshot, pointById } = loadSnapshot();
    const delivery = deliveryPointsForAll(vacBenefits, snapshot);
    for (const service of vacBenefits) {
      const points = delivery.get(service.id)?.servicePointIds ?? [];
      expect(points, service.id).toHaveLength(38);
      for (const id of points) expect(pointById.get(id)).toMatchObject({ type: 'government-office', hostOrganizationId: 'gc-vac' });
    }
    const provinces = new Set((delivery.get(vacBenefits[0]!.id)?.servicePointIds ?? []).map((id) => pointById.get(id)?.address.province));
    expect([...provinces].sort()).toEqual(['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'ON', 'PE', 'QC', 'SK']);
  });
});
