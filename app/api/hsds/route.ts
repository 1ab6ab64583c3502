import { CACHE_FIVE_MINUTES, jsonResponse, publicOrigin } from '@/lib/api/http';

/** HSDS 3.0 API root (getAPIMetaInformation): HSDS version, the Canadian profile and the API description. */
export function GET(request: Request): Response {
  const origin = publicOrigin(request);
  return jsonResponse(
    { version: '3.0', profile: `${origin}/api/hsds/profile.json`, openapi_url: `${origin}/api/v1/openapi.json` },
    { headers: CACHE_FIVE_MINUTES },
  );
}
