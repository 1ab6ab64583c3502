import { jsonResponse } from '@/lib/api/http';
import { reportsError } from '@/lib/reports/http';
import { stewardAccess } from '@/lib/reports/steward';
import { reportsRepository } from '@/lib/reports/server';
import { findListing, knownSourceIds, reportFormPath } from '@/lib/reports/listings';
import { problemsToCsv, problemsToJson } from '@/lib/reports/export';
import type { ProblemWithSubmissions } from '@/lib/reports/repository';
import { logReportEvent } from '@/lib/reports/log';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/reports/export?source={sourceId}&format=csv|json — a source's open reports, for its publisher.
 * Steward session cookie or `Authorization: Bearer <GUICHET_STEWARD_TOKEN>`; 404 when no token is configured.
 */
export async function GET(request: Request): Promise<Response> {
  const access = stewardAccess(request.headers);
  if (access === 'off') return reportsError(404, 'not-found', 'The steward view is not enabled on this server.');
  if (access !== 'granted') {
    logReportEvent('steward-denied');
    return reportsError(401, 'unauthorized', 'A steward session or bearer token is required.', undefined, { 'WWW-Authenticate': 'Bearer' });
  }
  const url = new URL(request.url);
  const source = url.searchParams.get('source') ?? '';
  const format = url.searchParams.get('format') ?? 'csv';
  if (!knownSourceIds().includes(source))
    return reportsError(400, 'invalid-parameter', 'source: the id of a source listed by /api/v1/sources', 'source');
  if (format !== 'csv' && format !== 'json') return reportsError(400, 'invalid-parameter', 'format: csv or json', 'format');
  let problems: ProblemWithSubmissions[];
  try {
    problems = await (await reportsRepository()).openProblems(source);
  } catch {
    logReportEvent('db-error');
    return reportsError(503, 'unavailable', 'Reports cannot be read at the moment.');
  }
  const origin = url.origin;
  const links = (problem: ProblemWithSubmissions) => {
    const listing = findListing(problem.listingKind, problem.listingId);
    const fallback = {
      en: reportFormPath(problem.listingKind, problem.listingId, 'en').replace(/\/report$/, ''),
      fr: reportFormPath(problem.listingKind, problem.listingId, 'fr').replace(/\/signaler$/, ''),
    };
    const paths = listing?.paths ?? fallback;
    return { en: `${origin}${paths.en}`, fr: `${origin}${paths.fr}` };
  };
  const day = new Date().toISOString().slice(0, 10);
  const filename = `guichet-reports-${source}-${day}.${format}`;
  logReportEvent('export', { format, count: problems.length });
  const headers = { 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename="${filename}"` };
  if (format === 'json') return jsonResponse(problemsToJson(source, new Date(), problems, links), { headers });
  return new Response(problemsToCsv(problems, links), {
    headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
}
