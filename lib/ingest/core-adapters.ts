import type { Adapter } from './contract';
import { geoCensus } from './sources/geo-census';
import { geoFsaGeonames, geoFsaPypostalcode } from './sources/geo-fsa';
import { geoProvinces } from './sources/geo-provinces';
import { geoSimplemaps } from './sources/geo-simplemaps';
import { indigenousCommunities } from './sources/indigenous-communities';
import { indigenousBandAddresses } from './sources/indigenous-band-addresses';
import { serviceCanada2026 } from './sources/service-canada-2026';
import { serviceCanada2017To2018 } from './sources/service-canada-2017-2018';
import { serviceCanada2024Index } from './sources/service-canada-2024-index';

/** The places and federal backbone: what every other source is geocoded against and merged into. */
export const PLACE_ADAPTERS: Adapter[] = [
  geoProvinces,
  geoSimplemaps,
  geoCensus,
  geoFsaPypostalcode,
  geoFsaGeonames,
  indigenousCommunities,
  indigenousBandAddresses,
];
export const SERVICE_CANADA_ADAPTERS: Adapter[] = [serviceCanada2026, serviceCanada2024Index, serviceCanada2017To2018];
