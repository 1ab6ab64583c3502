import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PROVINCE_BY_SGC_CODE, type ProvinceCode } from '../model/schema';
import { haversineKm } from './distance';

/** Province outlines as [lon, lat] rings: polygons → rings (first ring outer, rest holes). */
export interface ProvinceShape {
  code: ProvinceCode;
  sgcCode: string;
  name: { en: string; fr: string };
  polygons: Array<Array<Array<[number, number]>>>;
}

/**
 * The simplified StatCan outlines cut off coastlines and islands by a few km, so points this close to a province's
 * outline still count as inside it (tuned on Service Canada's address-geocoded coastal offices).
 */
export const COAST_TOLERANCE_KM = 25;

interface ProvinceProperties {
  PRUID: string;
  PRENAME: string;
  PRFNAME: string;
}

export function loadProvinceShapes(topojsonPath: string): ProvinceShape[] {
  const topology = JSON.parse(readFileSync(topojsonPath, 'utf8')) as Topology<{ provinces: GeometryCollection<ProvinceProperties> }>;
  const collection = feature(topology, topology.objects.provinces);
  return collection.features.map((f) => {
    const properties = f.properties as ProvinceProperties;
    const code = PROVINCE_BY_SGC_CODE[properties.PRUID];
    if (!code) throw new Error(`unknown province code ${properties.PRUID} in ${topojsonPath}`);
    const geometry = f.geometry;
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.coordinates as Array<Array<[number, number]>>]
        : geometry.type === 'MultiPolygon'
          ? (geometry.coordinates as Array<Array<Array<[number, number]>>>)
          : [];
    return { code, sgcCode: properties.PRUID, name: { en: properties.PRENAME, fr: properties.PRFNAME }, polygons };
  });
}

function insideRing(lon: number, lat: number, ring: Array<[number, number]>): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideShape(lon: number, lat: number, shape: ProvinceShape): boolean {
  return shape.polygons.some((rings) => {
    const [outer, ...holes] = rings;
    return !!outer && insideRing(lon, lat, outer) && !holes.some((hole) => insideRing(lon, lat, hole));
  });
}

/** Approximate distance (km) from a point to a shape's outline, on a local equirectangular projection. */
function distanceToOutlineKm(lon: number, lat: number, shape: ProvinceShape): number {
  const kmPerDegLat = 111.2;
  const kmPerDegLon = 111.2 * Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const rings of shape.polygons) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [x1, y1] = ring[i - 1]!;
        const [x2, y2] = ring[i]!;
        const ax = (x1 - lon) * kmPerDegLon,
          ay = (y1 - lat) * kmPerDegLat;
        const bx = (x2 - lon) * kmPerDegLon,
          by = (y2 - lat) * kmPerDegLat;
        const dx = bx - ax,
          dy = by - ay;
        const lengthSq = dx * dx + dy * dy;
        const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSq));
        const distance = Math.hypot(ax + t * dx, ay + t * dy);
        if (distance < best) best = distance;
      }
    }
  }
  return best;
}

export interface ProvinceHit {
  province: ProvinceCode;
  /** 0 when strictly inside the outline */
  outsideByKm: number;
}

/** Province containing the point, or the nearest one within COAST_TOLERANCE_KM; undefined = outside Canada. */
export function provinceAt(shapes: ProvinceShape[], lat: number, lon: number): ProvinceHit | undefined {
  if (lat < 40 || lat > 85 || lon < -145 || lon > -50) return undefined;
  const inside = shapes.find((shape) => insideShape(lon, lat, shape));
  if (inside) return { province: inside.code, outsideByKm: 0 };
  let nearest: ProvinceHit | undefined;
  for (const shape of shapes) {
    const distance = distanceToOutlineKm(lon, lat, shape);
    if (distance <= COAST_TOLERANCE_KM && (!nearest || distance < nearest.outsideByKm))
      nearest = { province: shape.code, outsideByKm: distance };
  }
  return nearest;
}

/** Whether the point is in (or within coast tolerance of) the given province. */
export function isInProvince(shapes: ProvinceShape[], province: ProvinceCode, lat: number, lon: number): boolean {
  const shape = shapes.find((s) => s.code === province);
  if (!shape) return false;
  return insideShape(lon, lat, shape) || distanceToOutlineKm(lon, lat, shape) <= COAST_TOLERANCE_KM;
}

type Position = [number, number];

/** A ring rounded to ~100 m, without the repeated positions rounding leaves; undefined when it collapses to under 3 points. */
function roundedRing(ring: ReadonlyArray<readonly [number, number]>): Position[] | undefined {
  const round = (value: number): number => Math.round(value * 1000) / 1000;
  const out: Position[] = [];
  for (const [lon, lat] of ring) {
    const position: Position = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== position[0] || last[1] !== position[1]) out.push(position);
  }
  return new Set(out.map(String)).size >= 3 ? out : undefined;
}

/**
 * GeoJSON FeatureCollection of province outlines for the map, coordinates rounded to ~100 m. Islets and holes that
 * rounding collapses to a point or a line (most of the source's polygons) are left out: invisible at any map zoom, they
 * made up a third of the file (served at /api/v1/boundaries on every map page).
 */
export function provincesGeoJson(shapes: ProvinceShape[]): object {
  return {
    type: 'FeatureCollection',
    features: shapes.map((shape) => ({
      type: 'Feature',
      properties: { code: shape.code, nameEn: shape.name.en, nameFr: shape.name.fr },
      geometry: {
        type: 'MultiPolygon',
        coordinates: shape.polygons.flatMap(([outer, ...holes]) => {
          const rounded = outer && roundedRing(outer);
          if (!rounded) return [];
          return [[rounded, ...holes.map(roundedRing).filter((hole): hole is Position[] => hole !== undefined)]];
        }),
      },
    })),
  };
}

export { haversineKm };
