import { describe, expect, it } from 'vitest';
import { serviceCanadaOffices } from '../testing/real-data';
import { timeZoneFor } from './zone-for';
import type { ProvinceCode } from '../../model/schema';

describe('timeZoneFor', () => {
  it.each<[string, ProvinceCode, number, number, string]>([
    ["St. John's", 'NL', 47.56, -52.71, 'America/St_Johns'],
    ['Corner Brook', 'NL', 48.95, -57.95, 'America/St_Johns'],
    ['St. Anthony (island, north tip)', 'NL', 51.36, -55.58, 'America/St_Johns'],
    ["L'Anse-au-Clair (southern Labrador coast)", 'NL', 51.43, -57.06, 'America/St_Johns'],
    ['Happy Valley-Goose Bay', 'NL', 53.3, -60.42, 'America/Goose_Bay'],
    ['Labrador City', 'NL', 52.95, -66.91, 'America/Goose_Bay'],
    ['Wabush', 'NL', 52.91, -66.87, 'America/Goose_Bay'],
    ['Halifax', 'NS', 44.65, -63.57, 'America/Halifax'],
    ['Sydney (Cape Breton)', 'NS', 46.14, -60.19, 'America/Glace_Bay'],
    ['Charlottetown', 'PE', 46.24, -63.13, 'America/Halifax'],
    ['Moncton', 'NB', 46.09, -64.78, 'America/Moncton'],
    ['Montréal', 'QC', 45.5, -73.57, 'America/Toronto'],
    ['Gaspé', 'QC', 48.83, -64.48, 'America/Toronto'],
    ['Natashquan', 'QC', 50.19, -61.82, 'America/Toronto'],
    ['Blanc-Sablon', 'QC', 51.43, -57.13, 'America/Blanc-Sablon'],
    ['Cap-aux-Meules (Magdalen Islands)', 'QC', 47.38, -61.86, 'America/Halifax'],
    ['Ottawa', 'ON', 45.42, -75.7, 'America/Toronto'],
    ['Thunder Bay', 'ON', 48.38, -89.25, 'America/Toronto'],
    ['Kenora', 'ON', 49.77, -94.49, 'America/Winnipeg'],
    ['Rainy River', 'ON', 48.72, -94.57, 'America/Winnipeg'],
    ['Atikokan', 'ON', 48.76, -91.62, 'America/Atikokan'],
    ['Winnipeg', 'MB', 49.9, -97.14, 'America/Winnipeg'],
    ['Regina', 'SK', 50.45, -104.61, 'America/Regina'],
    ['Swift Current', 'SK', 50.29, -107.8, 'America/Regina'],
    ['Lloydminster (SK side)', 'SK', 53.28, -109.99, 'America/Edmonton'],
    ['Edmonton', 'AB', 53.55, -113.49, 'America/Edmonton'],
    ['Vancouver', 'BC', 49.28, -123.12, 'America/Vancouver'],
    ['Cranbrook', 'BC', 49.51, -115.77, 'America/Edmonton'],
    ['Golden', 'BC', 51.3, -116.97, 'America/Edmonton'],
    ['Creston', 'BC', 49.1, -116.51, 'America/Creston'],
    ['Nelson (West Kootenay, Pacific)', 'BC', 49.49, -117.29, 'America/Vancouver'],
    ['Dawson Creek', 'BC', 55.76, -120.24, 'America/Dawson_Creek'],
    ['Fort St. John', 'BC', 56.25, -120.85, 'America/Dawson_Creek'],
    ['Fort Nelson', 'BC', 58.81, -122.7, 'America/Fort_Nelson'],
    ['Whitehorse', 'YT', 60.72, -135.06, 'America/Whitehorse'],
    ['Dawson City', 'YT', 64.06, -139.43, 'America/Dawson'],
    ['Yellowknife', 'NT', 62.45, -114.37, 'America/Edmonton'],
    ['Inuvik', 'NT', 68.36, -133.72, 'America/Inuvik'],
    ['Iqaluit', 'NU', 63.75, -68.52, 'America/Iqaluit'],
    ['Rankin Inlet', 'NU', 62.81, -92.09, 'America/Rankin_Inlet'],
    ['Resolute', 'NU', 74.7, -94.83, 'America/Resolute'],
    ['Cambridge Bay', 'NU', 69.12, -105.06, 'America/Cambridge_Bay'],
    ['Taloyoak (Kitikmeot, Mountain)', 'NU', 69.54, -93.52, 'America/Cambridge_Bay'],
    ['Coral Harbour (EST all year)', 'NU', 64.14, -83.17, 'America/Atikokan'],
  ])('%s', (_, province, lat, lon, zone) => {
    expect(timeZoneFor(province, lat, lon)).toBe(zone);
  });

  it("agrees with Service Canada's own zone for its offices, except the listed cases", () => {
    // Same offsets 2020–2040, different IANA name: Cape Breton (Glace_Bay), Inuvik, Dawson.
    // Disagreements of substance, where we keep IANA zone.tab / local practice and the source likely errs:
    //   West Kootenay / Revelstoke offices labelled America/Edmonton (they keep Pacific time);
    //   Kitikmeot hamlets labelled Rankin_Inlet (Kitikmeot is on Mountain time); Coral Harbour labelled Iqaluit (no DST).
    // Bad pins from the source (PROVENANCE: "postal" pins can be badly wrong): Dawson Creek 5996.
    const expectedDisagreements = [
      '1520',
      '1523',
      '1524',
      '1546',
      '1559',
      'NS-SAC',
      '4907',
      '5964',
      '5972',
      '5973',
      'BC-SBQ',
      'BC-SBZ',
      'BC-SCA',
      'BC-SCB',
      'NU-SAD',
      'NU-SAE',
      'NU-SAG',
      'NU-SAI',
      '5996',
    ];
    const offices = serviceCanadaOffices();
    const disagreements = offices.filter((o) => timeZoneFor(o.prov as ProvinceCode, o.lat, o.lng) !== o.tz).map((o) => o.id);
    expect(disagreements.sort()).toEqual(expectedDisagreements.sort());
    expect(offices.length - disagreements.length).toBe(555);
  });
});
