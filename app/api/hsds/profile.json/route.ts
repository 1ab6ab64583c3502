import { CACHE_FIVE_MINUTES, jsonResponse, publicOrigin } from '@/lib/api/http';
import { PROFILE_PATH, profileSchema } from '@/lib/hsds/profile';

/** The Canadian HSDS profile of Guichet, as a JSON Schema (stable URL). */
export function GET(request: Request): Response {
  return jsonResponse(profileSchema(`${publicOrigin(request)}${PROFILE_PATH}`), { headers: CACHE_FIVE_MINUTES });
}
