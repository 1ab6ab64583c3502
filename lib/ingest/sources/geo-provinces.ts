import type { Adapter } from '../contract';
import { sourceMeta } from '../source-meta';
import { PROVINCES_DIR, provinceShapesFor } from './geo-common';

/** Province outlines: reference data for point-in-province checks and the map; imports no records. */
export const geoProvinces: Adapter = (sourcesDir) => {
  const shapes = provinceShapesFor(sourcesDir);
  return {
    meta: sourceMeta(sourcesDir, PROVINCES_DIR),
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
