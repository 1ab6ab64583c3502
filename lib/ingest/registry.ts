import type { Adapter } from './contract';
import { geoCensus } from './sources/geo-census';
import { geoFsaGeonames, geoFsaPypostalcode } from './sources/geo-fsa';
import { geoProvinces } from './sources/geo-provinces';
import { geoSimplemaps } from './sources/geo-simplemaps';
import { indigenousCommunities } from './sources/indigenous-communities';
import { serviceCanada2026 } from './sources/service-canada-2026';
import { serviceCanada2017To2018 } from './sources/service-canada-2017-2018';
import { serviceCanada2024Index } from './sources/service-canada-2024-index';
import { serviceBc } from './sources/service-bc';
import { workbc } from './sources/workbc';
import { serviceOntario } from './sources/serviceontario';
import { torontoEarlyOn } from './sources/toronto-earlyon';
import { torontoLibrary } from './sources/toronto-library';
import { toronto211 } from './sources/toronto-211';
import { vancouverCommunityCentres } from './sources/vancouver-community-centres';

/**
 * Every source the ingest runs, in order. Order matters where records share an id:
 * places keep the first source's record (StatCan FSA centroids before GeoNames), and service points that
 * others `enrich` by mergeKey must come from an adapter listed here. Adding a source = one line.
 */
export const ADAPTERS: Adapter[] = [
  geoProvinces,
  geoSimplemaps,
  geoCensus,
  geoFsaPypostalcode,
  geoFsaGeonames,
  indigenousCommunities,
  serviceCanada2026,
  serviceCanada2024Index,
  serviceCanada2017To2018,
  serviceBc,
  workbc,
  serviceOntario,
  torontoEarlyOn,
  torontoLibrary,
  toronto211,
  vancouverCommunityCentres,
];
