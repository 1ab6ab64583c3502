import { join } from 'node:path';
import type { Place, Reject } from '../../model/schema';
import type { Adapter, SourceMeta } from '../contract';
import { readCsv } from '../csv';
import { rejectBuilder } from '../errors';
import { haversineKm } from '../../geo/distance';
import { provenanceFor } from '../provenance';
import { normalizePostalCode } from '../text';
import { matchKey } from '../../text/fold';
import { parseCoordinate, provinceCodeOf } from './geo-common';
import { INDIGENOUS_COMMUNITIES_META } from './indigenous-communities';
import { SIMPLEMAPS_META } from './geo-simplemaps';

const FILE = 'first_nations_band_mailing_addresses.csv';
/** A band's mailing code is placed at its community only when the post office's town is this close to it. */
export const MAX_KM_POST_OFFICE_TO_COMMUNITY = 25;

export const BAND_ADDRESSES_META: SourceMeta = {
  id: 'indigenous-first-nations-band-mailing-addresses',
  title: { en: 'First Nations band office mailing addresses', fr: 'Adresses postales des bureaux de bande des Premières Nations' },
  publisher: 'Unconfirmed (ISC First Nation Profiles contact data, as copied by a volunteer prototype)',
  order: 'federal',
  licence: 'Not stated (Open Government Licence – Canada if ISC data; unconfirmed)',
  sourceDate: '2021-10',
  upstreamUrl: 'https://github.com/GGupta721/HSAtest',
  dir: 'indigenous-first-nations-band-mailing-addresses',
  files: [FILE],
  // 14 bands have no address and one band is missing from ISC's coordinate file: they are rejected by design.
  guard: { maxRejectedShare: 0.1 },
};

const key = (name: string): string => matchKey(name).replace(/\b(st|ste)\b/g, (m) => (m === 'st' ? 'saint' : 'sainte'));

/**
 * Band mailing postal codes as searchable postal codes: joined by band number to ISC's community point. A code is
 * placed at the community when the mailing town is the community (or within 25 km of it); when the post office is in
 * a town farther away (Fort McKay's PO box in Fort McMurray), the code is placed at that town's gazetteer point,
 * because that is where the code is. Not a service point: these are mailing addresses (mostly PO boxes).
 */
export const indigenousBandAddresses: Adapter = (sourcesDir) => {
  const meta = BAND_ADDRESSES_META;
  const file = `${meta.dir}/${FILE}`;
  const csv = readCsv({ sourceId: meta.id, path: join(sourcesDir, meta.dir, FILE), file, requiredColumns: ['Name', 'Band number', 'City', 'Province', 'Postal Code'] });
  const reject = rejectBuilder(meta.id, file);
  const rejects: Reject[] = [...csv.rejects];

  // Join tables (read, not imported: their own adapters import them).
  const communities = new Map<string, { name: string; lat: number; lon: number }>();
  const fn = readCsv({ sourceId: meta.id, path: join(sourcesDir, INDIGENOUS_COMMUNITIES_META.dir, 'Premiere_Nation_First_Nation.csv'), file: `${INDIGENOUS_COMMUNITIES_META.dir}/Premiere_Nation_First_Nation.csv`, requiredColumns: ['BAND_NUMBER', 'BAND_NAME', 'LONGITUDE', 'LATITUDE'] });
  for (const { values } of fn.rows) {
    const lat = parseCoordinate(values.LATITUDE);
    const lon = parseCoordinate(values.LONGITUDE);
    if (values.BAND_NUMBER && values.BAND_NAME && lat !== undefined && lon !== undefined) communities.set(values.BAND_NUMBER, { name: values.BAND_NAME, lat, lon });
  }
  const towns = new Map<string, { name: string; lat: number; lon: number; population: number }>();
  const gaz = readCsv({ sourceId: meta.id, path: join(sourcesDir, SIMPLEMAPS_META.dir, 'canadacities.csv'), file: `${SIMPLEMAPS_META.dir}/canadacities.csv`, requiredColumns: ['city', 'province_id', 'lat', 'lng', 'population'] });
  for (const { values } of gaz.rows) {
    const lat = parseCoordinate(values.lat);
    const lon = parseCoordinate(values.lng);
    if (!values.city || lat === undefined || lon === undefined) continue;
    const k = `${values.province_id}:${key(values.city)}`;
    const population = Number(values.population ?? 0);
    if ((towns.get(k)?.population ?? -1) < population) towns.set(k, { name: values.city, lat, lon, population });
  }

  const places: Place[] = [];
  const seen = new Set<string>();
  let rowsRead = csv.recordsRead;
  for (const { line, values } of csv.rows) {
    const band = values['Band number'];
    const postal = values['Postal Code'] ? normalizePostalCode(values['Postal Code']) : undefined;
    const province = provinceCodeOf(values.Province);
    const city = values.City;
    if (!band && !values.Name && !city) { rowsRead -= 1; continue; } // the file's trailing empty row (",,,,,,,")
    if (!band) { rejects.push(reject(line, 'Band number', 'missing band number')); continue; }
    if (!postal || !province || !city) { rejects.push(reject(line, 'Postal Code', `band ${band} has no mailing address`)); continue; }
    const community = communities.get(band);
    if (!community) { rejects.push(reject(line, 'Band number', `band ${band} is not in ISC's First Nations locations (no community point)`)); continue; }
    const id = `postal-${postal.replace(' ', '').toLowerCase()}-band-${band}`;
    if (seen.has(id)) { rejects.push(reject(line, 'Band number', `duplicate band number ${band}`)); continue; }
    seen.add(id);
    const town = towns.get(`${province}:${key(city)}`);
    const townKm = town ? haversineKm(town.lat, town.lon, community.lat, community.lon) : 0;
    const atTown = town !== undefined && townKm > MAX_KM_POST_OFFICE_TO_COMMUNITY;
    places.push({
      id,
      name: { en: postal, fr: postal },
      // where the code is: the community it serves, or the town whose post office holds the band's box
      altNames: [atTown ? town.name : community.name],
      kind: 'postal-code',
      province,
      lat: atTown ? town.lat : community.lat,
      lon: atTown ? town.lon : community.lon,
      precision: 'locality',
      postalCodes: [postal],
      provenance: provenanceFor(meta, FILE, band, line),
    });
  }
  return { meta, organizations: [], services: [], points: [], places, enrich: [], rejects, rowsRead };
};
