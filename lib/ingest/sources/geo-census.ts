import { PROVINCE_BY_SGC_CODE, type Reject } from '../../model/schema';
import type { Adapter, AdapterResult } from '../contract';
import { readCsv } from '../csv';
import { rejectBuilder } from '../errors';
import { matchKey } from '../../text/fold';
import { sourceFile, sourceMeta } from '../source-meta';

const FILE = 'statcan_98-10-0002-01_population_dwelling_counts_2021.csv';
const POPULATION_COLUMN = 'Population and dwelling counts (13): Population, 2021 [1]';

const SOURCE_ID = 'geo-statcan-census-2021-population-csd';

/**
 * 2021 populations of census subdivisions, used to rank places that share a name. The table has no coordinates
 * (its `Coordinate` column is a table cell counter), so rows only add a population to gazetteer places of the same name.
 */
export const geoCensus: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, SOURCE_ID);
  const location = sourceFile(sourcesDir, meta, FILE);
  const csv = readCsv({ ...location, requiredColumns: ['GEO', 'DGUID', POPULATION_COLUMN] });
  const reject = rejectBuilder(meta.id, location.file);
  const rejects: Reject[] = [...csv.rejects];
  const placePopulation: NonNullable<AdapterResult['placePopulation']> = [];
  for (const { line, values } of csv.rows) {
    const dguid = values.DGUID ?? '';
    const name = values.GEO;
    const match = /^2021A0005(\d{2})\d{5}$/.exec(dguid);
    if (!match) {
      rejects.push(reject(line, 'DGUID', `${name ?? '?'} is an aggregate (Canada, province or census division), not a municipality`));
      continue;
    }
    const province = PROVINCE_BY_SGC_CODE[match[1]!];
    const population = Number(values[POPULATION_COLUMN]);
    if (!name || !province) {
      rejects.push(reject(line, 'GEO', 'missing name or unknown province code'));
      continue;
    }
    if (!Number.isFinite(population) || values[POPULATION_COLUMN] === undefined) {
      rejects.push(reject(line, POPULATION_COLUMN, `no 2021 population for ${name}`));
      continue;
    }
    placePopulation.push({ key: `${province}:${matchKey(name)}`, line, population, name });
  }
  return { meta, organizations: [], services: [], points: [], places: [], enrich: [], rejects, rowsRead: csv.recordsRead, placePopulation };
};
