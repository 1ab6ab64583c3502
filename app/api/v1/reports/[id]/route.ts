import { isSameOrigin } from '@/lib/reports/origin';
import { readBody, reportsError, seeOther } from '@/lib/reports/http';
import { stewardAccess } from '@/lib/reports/steward';
import { reportsRepository } from '@/lib/reports/server';
import { STATUSES, type ReportStatus } from '@/lib/reports/validation';
import { logReportEvent } from '@/lib/reports/log';
import { jsonResponse } from '@/lib/api/http';

export const dynamic = 'force-dynamic';

/**
 * POST /api/v1/reports/{id} — a steward marks a reported problem resolved, not reproducible, or open again
 * (field `status`). Steward session or bearer token; same origin only. Forms get 303 back to the steward view.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const access = stewardAccess(request.headers);
  if (access === 'off') return reportsError(404, 'not-found', 'The steward view is not enabled on this server.');
  if (!isSameOrigin(request.headers)) {
    logReportEvent('cross-origin');
    return reportsError(403, 'forbidden', 'Change reports from the steward page of this site.');
  }
  if (access !== 'granted') {
    logReportEvent('steward-denied');
    return reportsError(401, 'unauthorized', 'A steward session or bearer token is required.', undefined, { 'WWW-Authenticate': 'Bearer' });
  }
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2_147_483_647) return reportsError(404, 'not-found', 'No report has this id.', 'id');
  const body = await readBody(request);
  if (!body.ok) return body.response;
  const status = body.fields.status;
  if (!(STATUSES as readonly string[]).includes(status ?? ''))
    return reportsError(400, 'invalid-parameter', `status: one of ${STATUSES.join(', ')}`, 'status');
  let changed: boolean;
  try {
    changed = await (await reportsRepository()).setStatus(Number(id), status as ReportStatus);
  } catch {
    logReportEvent('db-error');
    return reportsError(503, 'unavailable', 'Reports cannot be changed at the moment.');
  }
  logReportEvent('status-changed', { status, count: changed ? 1 : 0 });
  if (body.form) {
    const page = body.fields.locale === 'fr' ? '/fr/intendants' : '/en/stewards';
    const source = /^[a-z0-9-]{1,160}$/.test(body.fields.source ?? '') ? `&source=${body.fields.source}` : '';
    return seeOther(`${page}?updated=${changed ? 1 : 0}${source}`);
  }
  return changed
    ? jsonResponse({ id: Number(id), status }, { headers: { 'Cache-Control': 'no-store' } })
    : reportsError(404, 'not-found', 'No report has this id, or it already has this status.', 'id');
}
