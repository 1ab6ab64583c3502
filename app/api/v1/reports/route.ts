import { jsonResponse } from '@/lib/api/http';
import { parseReport } from '@/lib/reports/validation';
import { clientAddress, isSameOrigin } from '@/lib/reports/origin';
import { readBody, reportsError, seeOther } from '@/lib/reports/http';
import { confirmationPath, findListing, reportFormPath } from '@/lib/reports/listings';
import { forgetReporters, reportGate, reportsRepository } from '@/lib/reports/server';
import { logReportEvent } from '@/lib/reports/log';

export const dynamic = 'force-dynamic';

/**
 * POST /api/v1/reports — a person reports a problem with a listing.
 * Browsers post the form (application/x-www-form-urlencoded) and get 303 See Other to the confirmation page in their
 * language, or back to the form with an error code. JSON bodies get 202 { status: "received" } or the API's error
 * shape. Same origin only (Sec-Fetch-Site / Origin); limits per client (a rotating keyed hash, never the address) and
 * overall; a honeypot; the same client reporting the same problem again is not counted twice.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request.headers)) {
    logReportEvent('cross-origin');
    return reportsError(403, 'forbidden', 'Reports are accepted only from the report form of this site.');
  }
  const body = await readBody(request);
  if (!body.ok) {
    logReportEvent('invalid', { field: 'body' });
    return body.response;
  }
  const { fields, form } = body;
  const locale = fields.locale === 'fr' ? 'fr' : 'en';
  const parsed = parseReport(fields);
  const kind = fields.kind === 'location' || fields.kind === 'service' ? fields.kind : undefined;
  const listing = kind && typeof fields.id === 'string' ? findListing(kind, fields.id) : undefined;
  if (!parsed.ok) {
    logReportEvent('invalid', { field: parsed.field, kind });
    if (form && listing && (parsed.field === 'reason' || parsed.field === 'note' || parsed.field === 'visited')) {
      return seeOther(`${reportFormPath(listing.kind, listing.id, locale)}?error=${parsed.field}`);
    }
    return reportsError(400, 'invalid-parameter', `${parsed.field}: ${parsed.message}`, parsed.field);
  }
  if (!listing) {
    logReportEvent('unknown-listing', { kind });
    return reportsError(404, 'not-found', 'No listing has this kind and id.', 'id');
  }
  const report = parsed.value;
  const received = () =>
    form
      ? seeOther(confirmationPath(listing.kind, listing.id, report.locale))
      : jsonResponse({ status: 'received' }, { status: 202, headers: { 'Cache-Control': 'no-store' } });

  if (parsed.robot) {
    // answered like any other report, so a robot learns nothing; nothing is stored
    logReportEvent('honeypot', { kind: listing.kind });
    return received();
  }
  const decision = reportGate().check(clientAddress(request.headers), `${listing.kind}:${listing.id}`, report.reason);
  if (decision === 'client-limit' || decision === 'global-limit') {
    logReportEvent(decision, { kind: listing.kind });
    return form
      ? seeOther(`${reportFormPath(listing.kind, listing.id, report.locale)}?error=busy`)
      : reportsError(429, 'too-many-requests', 'Too many reports; try again later.', undefined, { 'Retry-After': '3600' });
  }
  if (decision === 'duplicate') {
    logReportEvent('duplicate', { kind: listing.kind, reason: report.reason });
    return received();
  }
  try {
    const repository = await reportsRepository();
    await repository.submit({
      listingKind: listing.kind,
      listingId: listing.id,
      sourceId: listing.sourceId,
      recordId: listing.recordId,
      reason: report.reason,
      note: report.note,
      visitedOn: report.visited,
      locale: report.locale,
    });
  } catch {
    logReportEvent('db-error');
    return form
      ? seeOther(`${reportFormPath(listing.kind, listing.id, report.locale)}?error=unavailable`)
      : reportsError(503, 'unavailable', 'Reports cannot be stored at the moment.', undefined, { 'Retry-After': '60' });
  }
  forgetReporters(listing.kind, listing.id);
  logReportEvent('stored', { kind: listing.kind, reason: report.reason });
  return received();
}
