import { describe, expect, it, vi } from 'vitest';
import { getCatalogue } from '../catalogue/catalogue';
import { searchIndexFor } from '../search/corpus';

// 'server-only' throws outside Next's server build.
vi.mock('server-only', () => ({}));
const { catalogueServicesAt, getSnapshot, servicePointBySlug } = await import('./server');

describe('data-layer queries', () => {
  it('finds a point by its slug, and nothing for what cannot be a slug', () => {
    expect(servicePointBySlug('kingston-service-canada-centre-3792')?.id).toBe('sc-3792');
    expect(servicePointBySlug('Kingston-Service-Canada-Centre-3792')).toBeUndefined();
    expect(servicePointBySlug('foo.bar')).toBeUndefined();
    expect(servicePointBySlug('x'.repeat(121))).toBeUndefined();
  });

  it('gives every point the catalogue services search finds there, in catalogue order', () => {
    const { snapshot } = getSnapshot();
    const index = searchIndexFor(snapshot, getCatalogue());
    const services = getCatalogue().catalogue.services;
    let delivered = 0;
    for (const point of snapshot.servicePoints) {
      const i = index.pointIndexById.get(point.id)!;
      const found = services.filter((service) => index.pointsByService.get(service.id)?.includes(i)).map((service) => service.id);
      expect(catalogueServicesAt(point.id).map((service) => service.id), point.slug).toEqual(found);
      delivered += found.length;
    }
    expect(delivered).toBeGreaterThan(snapshot.servicePoints.length);
  });
});
