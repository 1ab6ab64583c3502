import type { ProvinceCode } from '../model/schema';

/**
 * 2021 Census population of Canada and of each province and territory: Statistics Canada, Table 98-10-0002-01
 * (the file in data/sources/geo-statcan-census-2021-population-csd, rows 2021A000011124 and 2021A0002xx).
 * The snapshot holds only the populations of the places it could place; these totals are the denominators that say
 * how much of each population was placed. census.test.ts checks them against the source file.
 */
export const CENSUS_2021_TOTAL = 36_991_981;

export const CENSUS_2021_BY_PROVINCE: Readonly<Record<ProvinceCode, number>> = {
  NL: 510_550,
  PE: 154_331,
  NS: 969_383,
  NB: 775_610,
  QC: 8_501_833,
  ON: 14_223_942,
  MB: 1_342_153,
  SK: 1_132_505,
  AB: 4_262_635,
  BC: 5_000_879,
  YT: 40_232,
  NT: 41_070,
  NU: 36_858,
};

export const CENSUS_2021_SOURCE = {
  title: { en: '2021 Census of Population, Table 98-10-0002-01', fr: 'Recensement de la population de 2021, tableau 98-10-0002-01' },
  url: {
    en: 'https://www150.statcan.gc.ca/t1/tbl1/en/tv.action?pid=9810000201',
    fr: 'https://www150.statcan.gc.ca/t1/tbl1/fr/tv.action?pid=9810000201',
  },
} as const;

/**
 * Service Canada's published in-person access standard: 90 % of the population within 50 km of a point of service.
 * Stated in the House of Commons (25 April 2013) and before the Standing Committee on Human Resources (41st Parliament,
 * meeting 2), where Service Canada added that it measures the distance by road; the department reported 96 % within
 * a 50-kilometre radius in a December 2024 question period note.
 */
export const SERVICE_CANADA_STANDARD = {
  radiusKm: 50,
  share: 0.9,
  organizationId: 'gc-service-canada',
  sources: [
    {
      id: 'hansard-2013-04-25',
      title: {
        en: 'House of Commons debates, 25 April 2013 (Parliamentary Secretary Kellie Leitch)',
        fr: 'Débats de la Chambre des communes, 25 avril 2013 (secrétaire parlementaire Kellie Leitch)',
      },
      url: 'https://openparliament.ca/debates/2013/4/25/kellie-leitch-3/only',
    },
    {
      id: 'huma-41-1-2',
      title: {
        en: 'Standing Committee on Human Resources, 41st Parliament, 1st session, meeting 2 (Service Canada: “measured by the driving distance”)',
        fr: 'Comité permanent des ressources humaines, 41e législature, 1re session, réunion 2 (Service Canada : distance mesurée par la route)',
      },
      url: 'https://openparliament.ca/committees/human-resources/41-1/2/cheryl-fisher-1/only',
    },
    {
      id: 'esdc-qp-2024-12',
      title: {
        en: 'ESDC question period note CSDec2024_010, December 2024 (96 % within a 50-kilometre radius)',
        fr: 'Note pour la période de questions d’EDSC CSDec2024_010, décembre 2024 (96 % dans un rayon de 50 kilomètres)',
      },
      url: 'https://search.open.canada.ca/qpnotes/record/esdc-edsc%2CCSDec2024_010',
    },
  ],
} as const;
