import { jsonResponse } from '@/lib/api/http';
import { getPointsGeoJson } from '@/lib/hsds/server';

/** Every redistributable service point as GeoJSON (provider, host, type, precision, source, licence). */
export function GET(): Response {
  const response = jsonResponse(getPointsGeoJson(), {
    headers: { 'Cache-Control': 'public, max-age=300', 'Content-Disposition': 'attachment; filename="guichet-points.geojson"' },
  });
  response.headers.set('Content-Type', 'application/geo+json; charset=utf-8');
  return response;
}
