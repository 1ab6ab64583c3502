import { jsonResponse } from '@/lib/api/http';
import { getProvinceOutlines } from '@/lib/data/server';

/** GET /api/v1/boundaries — simplified province and territory outlines (GeoJSON), so the map stays readable offline. */
export function GET(): Response {
  return jsonResponse(getProvinceOutlines(), { headers: { 'Cache-Control': 'public, max-age=86400' } });
}
