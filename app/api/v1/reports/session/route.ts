import { clientAddress, isHttpsRequest, isSameOrigin } from '@/lib/reports/origin';
import { readBody, reportsError, seeOther } from '@/lib/reports/http';
import { clearedSessionCookie, sessionCookie, stewardToken } from '@/lib/reports/steward';
import { constantTimeEqual } from '@/lib/security/constant-time';
import { stewardSignInGate } from '@/lib/reports/server';
import { logReportEvent } from '@/lib/reports/log';

export const dynamic = 'force-dynamic';

/**
 * POST /api/v1/reports/session — the steward view's sign-in form (token → HttpOnly, SameSite=Strict session cookie,
 * Secure over HTTPS) and sign-out. 404 when no steward token is configured. Attempts are limited per client.
 */
export async function POST(request: Request): Promise<Response> {
  const token = stewardToken();
  if (token === undefined) return reportsError(404, 'not-found', 'The steward view is not enabled on this server.');
  if (!isSameOrigin(request.headers)) {
    logReportEvent('cross-origin');
    return reportsError(403, 'forbidden', 'Sign in from the steward page of this site.');
  }
  const body = await readBody(request);
  if (!body.ok) return body.response;
  const page = body.fields.locale === 'fr' ? '/fr/intendants' : '/en/stewards';
  const https = isHttpsRequest(request);
  if (body.fields.action === 'sign-out') return seeOther(page, { 'Set-Cookie': clearedSessionCookie(https) });
  if (!stewardSignInGate(clientAddress(request.headers))) {
    logReportEvent('steward-denied', { field: 'limit' });
    return seeOther(`${page}?error=limit`);
  }
  if (!constantTimeEqual(body.fields.token ?? '', token)) {
    logReportEvent('steward-denied', { field: 'token' });
    return seeOther(`${page}?error=token`);
  }
  return seeOther(page, { 'Set-Cookie': sessionCookie(token, https) });
}
