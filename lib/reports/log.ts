/**
 * The only logging the reports feature does: an event name and enumerated values. Never an IP address, a header, a
 * note, a visit date or anything else a person typed — so nothing a reporter sends can end up in server logs.
 */
export type ReportEvent =
  | 'stored'
  | 'duplicate'
  | 'honeypot'
  | 'client-limit'
  | 'global-limit'
  | 'invalid'
  | 'cross-origin'
  | 'unknown-listing'
  | 'db-error'
  | 'status-changed'
  | 'export'
  | 'steward-denied'
  | 'migrated';

export interface ReportLogFields {
  kind?: 'location' | 'service';
  reason?: string;
  field?: string;
  status?: string;
  format?: 'csv' | 'json';
  count?: number;
}

const SAFE_VALUE = /^[a-z0-9-]{0,40}$/;

export function logReportEvent(event: ReportEvent, fields: ReportLogFields = {}): void {
  const safe: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'number' && Number.isFinite(value)) safe[key] = value;
    else if (typeof value === 'string' && SAFE_VALUE.test(value)) safe[key] = value;
  }
  const line = JSON.stringify({ area: 'reports', event, ...safe });
  if (event === 'db-error') console.error(line);
  else console.info(line);
}
