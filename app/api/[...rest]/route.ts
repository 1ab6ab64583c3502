import { notFound } from '@/lib/api/http';

/**
 * Any /api path no route claims: the API's own JSON error, whatever the method, rather than the site's HTML page.
 * (A path that exists but not for this method keeps Next's 405.)
 */
function noSuchRoute(): Response {
  return notFound('No API route at this path: see /api/v1/openapi.json for the routes.');
}

export const GET = noSuchRoute;
export const HEAD = noSuchRoute;
export const POST = noSuchRoute;
export const PUT = noSuchRoute;
export const PATCH = noSuchRoute;
export const DELETE = noSuchRoute;
export const OPTIONS = noSuchRoute;
