import type { Adapter } from './contract';
import { hsdsFeedAdapters } from './sources/hsds-feed';
import { PLACE_ADAPTERS, SERVICE_CANADA_ADAPTERS } from './core-adapters';
import { serviceBc } from './sources/service-bc';
import { workbc } from './sources/workbc';
import { serviceOntario } from './sources/serviceontario';
import { torontoEarlyOn } from './sources/toronto-earlyon';
import { torontoLibrary } from './sources/toronto-library';
import { toronto211 } from './sources/toronto-211';
import { vancouverCommunityCentres } from './sources/vancouver-community-centres';
import { vacAreaOffices } from './sources/vac-area-offices';
import { quebecCityPlaces } from './sources/quebec-city-places';

/**
 * Every source the ingest runs, in order. Order matters where records share an id:
 * places keep the first source's record (StatCan FSA centroids before GeoNames), and service points that
 * others `enrich` by mergeKey must come from an adapter listed here. Adding a source = one line.
 */
export const ADAPTERS: Adapter[] = [
  ...PLACE_ADAPTERS,
  ...SERVICE_CANADA_ADAPTERS,
  serviceBc,
  workbc,
  serviceOntario,
  torontoEarlyOn,
  torontoLibrary,
  toronto211,
  vancouverCommunityCentres,
  vacAreaOffices,
  quebecCityPlaces,
  ...hsdsFeedAdapters(), // every data/sources/<folder>/ with an hsds-feed.json (HSDS 3.0 feed, no code)
];
