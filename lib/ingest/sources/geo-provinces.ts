import type { Adapter } from '../contract';
import { PROVINCES_DIR, PROVINCES_FILE, provinceShapesFor } from './geo-common';

/** Province outlines: reference data for point-in-province checks and the map; imports no records. */
export const geoProvinces: Adapter = (sourcesDir) => {
  const shapes = provinceShapesFor(sourcesDir);
  return {
    meta: {
      id: PROVINCES_DIR,
      title: { en: 'Provinces and territories boundaries (simplified)', fr: 'Limites des provinces et territoires (simplifiées)' },
      publisher: 'Statistics Canada (simplified TopoJSON by tnightingale)',
      order: 'federal',
      licence: 'Statistics Canada Open Licence',
      sourceDate: '2011',
      upstreamUrl: 'https://gist.githubusercontent.com/tnightingale/4696122/raw/b3cfd1e5b5ce9538f1be5774f02940b2e4e947a5/prov_4326_simple.topo.json',
      dir: PROVINCES_DIR,
      files: [PROVINCES_FILE],
    },
    organizations: [],
    services: [],
    points: [],
    places: [],
    enrich: [],
    rejects: [],
    rowsRead: shapes.length,
    referenceRows: shapes.length,
  };
};
