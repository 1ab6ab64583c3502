import type { ProvinceCode } from '../../model/schema';

/**
 * IANA zone of a point in Canada from its province and coordinates.
 * Boundaries are approximations by latitude/longitude boxes tuned on real towns;
 * they matter only where a province spans zones.
 */
export function timeZoneFor(province: ProvinceCode, lat: number, lon: number): string {
  switch (province) {
    case 'NL':
      return newfoundlandAndLabradorZone(lat, lon);
    case 'PE':
      return 'America/Halifax';
    case 'NS':
      return isCapeBreton(lat, lon) ? 'America/Glace_Bay' : 'America/Halifax';
    case 'NB':
      return 'America/Moncton';
    case 'QC':
      return quebecZone(lat, lon);
    case 'ON':
      return ontarioZone(lat, lon);
    case 'MB':
      return 'America/Winnipeg';
    case 'SK':
      // Lloydminster straddles 110°W and keeps Alberta time on both sides. Swift Current has Regina's offsets since 1972.
      return lat > 53.1 && lat < 53.45 && lon < -109.85 ? 'America/Edmonton' : 'America/Regina';
    case 'AB':
      return 'America/Edmonton';
    case 'BC':
      return britishColumbiaZone(lat, lon);
    case 'YT':
      return lat > 63.5 && lat < 65 && lon < -138 ? 'America/Dawson' : 'America/Whitehorse';
    case 'NT':
      // Beaufort Delta (Inuvik, Aklavik, Fort McPherson); Yellowknife is a link to Edmonton.
      return lat > 66 && lon < -130 ? 'America/Inuvik' : 'America/Edmonton';
    case 'NU':
      return nunavutZone(lat, lon);
  }
}

function newfoundlandAndLabradorZone(lat: number, lon: number): string {
  // The Strait of Belle Isle runs north-east: the island's Northern Peninsula reaches 51.6°N east of 56.6°W.
  const isLabrador = lat > 51.7 || (lat > 51.35 && lon < -56.6);
  if (!isLabrador) return 'America/St_Johns';
  // The south-east coast (L'Anse-au-Clair to Black Tickle) keeps Newfoundland time; the rest of Labrador is Atlantic.
  const isSouthEastCoast = lat < 53.6 && lon > -58;
  return isSouthEastCoast ? 'America/St_Johns' : 'America/Goose_Bay';
}

function isCapeBreton(lat: number, lon: number): boolean {
  return lat > 45.55 && lon > -61.45;
}

function quebecZone(lat: number, lon: number): string {
  if (lat > 47 && lat < 48 && lon > -62.3 && lon < -61) return 'America/Halifax'; // Magdalen Islands
  // Lower North Shore from Kegaska eastward; Natashquan (61.8°W) keeps Eastern time, so the cut is east of it.
  if (lat > 50 && lon > -61.5) return 'America/Blanc-Sablon';
  return 'America/Toronto';
}

function ontarioZone(lat: number, lon: number): string {
  // Atikokan and area keep EST all year.
  if (lat > 48.5 && lat < 49.1 && lon > -92 && lon < -91.2) return 'America/Atikokan';
  return lon < -90 ? 'America/Winnipeg' : 'America/Toronto';
}

function britishColumbiaZone(lat: number, lon: number): string {
  if (lat > 58 && lon > -124.5) return 'America/Fort_Nelson'; // Northern Rockies
  if (lat > 55 && lon > -122.5) return 'America/Dawson_Creek'; // Peace River region (Mackenzie, at 123.1°W, is Pacific)
  if (lat < 49.35 && lon > -116.9 && lon < -116.0) return 'America/Creston'; // Creston valley, Yahk
  if (lat < 52.5 && lon > -116.7) return 'America/Edmonton'; // East Kootenay (Cranbrook, Fernie, Invermere)
  if (lat > 50.9 && lat < 52.5 && lon > -117.5) return 'America/Edmonton'; // Golden, Field
  return 'America/Vancouver';
}

function nunavutZone(lat: number, lon: number): string {
  if (lat > 74 && lat < 75.5 && lon > -96 && lon < -93) return 'America/Resolute';
  if (lat > 63.8 && lat < 64.5 && lon > -84 && lon < -82.5) return 'America/Atikokan'; // Coral Harbour: EST all year
  // Kitikmeot (Cambridge Bay to Kugaaruk) keeps Mountain time.
  if (lon < -102 || (lat > 66.5 && lat < 70 && lon < -88.5)) return 'America/Cambridge_Bay';
  if (lon < -85 && lat < 70) return 'America/Rankin_Inlet'; // Kivalliq
  return 'America/Iqaluit';
}
