import { jsonResponse } from '@/lib/api/http';
import { openApiDocument } from '@/lib/api/openapi';

/** GET /api/v1/openapi.json — the OpenAPI 3.1 description of /api/v1. */
export function GET(): Response {
  return jsonResponse(openApiDocument(), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
