import { join } from 'node:path';
import type { ProvinceCode } from '../../model/schema';
import { loadProvinceShapes, type ProvinceShape } from '../../geo/provinces';
import { SourceFailure } from '../errors';

export const PROVINCES_DIR = 'geo-provinces-territories-topojson';
export const PROVINCES_FILE = 'prov_4326_simple.topo.json';

const shapesCache = new Map<string, ProvinceShape[]>();

/** Province outlines from the topojson source (cached per sources directory). */
export function provinceShapesFor(sourcesDir: string): ProvinceShape[] {
  const path = join(sourcesDir, PROVINCES_DIR, PROVINCES_FILE);
  const cached = shapesCache.get(path);
  if (cached) return cached;
  try {
    const shapes = loadProvinceShapes(path);
    if (shapes.length !== 13) throw new Error(`expected 13 provinces and territories, found ${shapes.length}`);
    shapesCache.set(path, shapes);
    return shapes;
  } catch (error) {
    throw new SourceFailure(`${PROVINCES_DIR}/${PROVINCES_FILE}`, (error as Error).message);
  }
}

const PROVINCE_NAMES: Record<string, ProvinceCode> = {
  alberta: 'AB',
  'british columbia': 'BC',
  manitoba: 'MB',
  'new brunswick': 'NB',
  'newfoundland and labrador': 'NL',
  newfoundland: 'NL',
  'nova scotia': 'NS',
  'northwest territories': 'NT',
  'northwest territory': 'NT',
  nunavut: 'NU',
  'nunavut territory': 'NU',
  ontario: 'ON',
  'prince edward island': 'PE',
  quebec: 'QC',
  québec: 'QC',
  saskatchewan: 'SK',
  yukon: 'YT',
  'yukon territory': 'YT',
};
const CODES = new Set<string>(['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT']);

/** "Nunavut Territory", "Québec", "QC", "NF" → code; undefined when unknown. */
export function provinceCodeOf(value: string | undefined): ProvinceCode | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (CODES.has(trimmed.toUpperCase())) return trimmed.toUpperCase() as ProvinceCode;
  if (trimmed.toUpperCase() === 'NF') return 'NL';
  if (trimmed.toUpperCase() === 'YK') return 'YT';
  return PROVINCE_NAMES[trimmed.toLowerCase()];
}

export function parseCoordinate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}
