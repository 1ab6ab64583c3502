import { z } from 'zod';

export const REASONS = ['closed-or-moved', 'wrong-hours', 'wrong-phone', 'wrong-address', 'service-not-offered', 'other'] as const;
export type Reason = (typeof REASONS)[number];
export const LISTING_KINDS = ['location', 'service'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];
export const STATUSES = ['open', 'resolved', 'not-reproducible'] as const;
export type ReportStatus = (typeof STATUSES)[number];

export const NOTE_MAX = 500;
/** How far back a visit date may go: the data this corrects is months or years old, but a report is about now. */
export const VISIT_MAX_AGE_DAYS = 366;

/** Control characters other than tab and newline, and the bidirectional overrides that can disguise text. */
const UNWANTED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Plain text as stored: newlines normalized, control and bidi-override characters removed, trimmed; empty → null. */
export function cleanNote(raw: string): string | null {
  const text = raw.replace(/\r\n?/g, '\n').replace(UNWANTED, '').trim();
  return text === '' ? null : text;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The form (or JSON body) of a report, as received: every field a string; unknown fields are ignored. */
export function reportSchema(now: Date = new Date()) {
  // a visit "today" in any Canadian zone may already be tomorrow in UTC, so allow one day ahead
  const latest = isoDay(new Date(now.getTime() + 86_400_000));
  const earliest = isoDay(new Date(now.getTime() - VISIT_MAX_AGE_DAYS * 86_400_000));
  return z.object({
    kind: z.enum(LISTING_KINDS),
    id: z.string().regex(/^[a-z0-9-]{1,120}$/),
    locale: z.enum(['en', 'fr']),
    reason: z.enum(REASONS),
    note: z
      .string()
      .max(NOTE_MAX * 2)
      .optional()
      .transform((value) => (value === undefined ? null : cleanNote(value)))
      .refine((value) => value === null || value.length <= NOTE_MAX, { message: `at most ${NOTE_MAX} characters` }),
    visited: z
      .string()
      .optional()
      .transform((value) => (value === undefined || value.trim() === '' ? null : value.trim()))
      .refine(
        (value) =>
          value === null ||
          (/^\d{4}-\d{2}-\d{2}$/.test(value) &&
            !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
            isoDay(new Date(`${value}T00:00:00Z`)) === value),
        {
          message: 'a date written YYYY-MM-DD',
        },
      )
      .refine((value) => value === null || (value >= earliest && value <= latest), { message: 'a date within the last year' }),
    // honeypot: hidden from people; anything in it marks a robot
    website: z.string().max(1000).optional(),
  });
}

export type ReportForm = z.output<ReturnType<typeof reportSchema>>;

/** Which field is wrong, by name only (messages never echo what was sent). */
export type ReportFieldError = 'kind' | 'id' | 'locale' | 'reason' | 'note' | 'visited' | 'website';

export type ParsedReport = { ok: true; value: ReportForm; robot: boolean } | { ok: false; field: ReportFieldError; message: string };

export function parseReport(input: Record<string, unknown>, now: Date = new Date()): ParsedReport {
  const result = reportSchema(now).safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = (typeof issue?.path[0] === 'string' ? issue.path[0] : 'reason') as ReportFieldError;
    return {
      ok: false,
      field,
      message:
        field === 'note'
          ? `at most ${NOTE_MAX} characters of plain text`
          : field === 'visited'
            ? 'a date within the last year, written YYYY-MM-DD'
            : 'missing or not one of the accepted values',
    };
  }
  return { ok: true, value: result.data, robot: (result.data.website ?? '') !== '' };
}

/** A submitted form's fields as strings (the last value wins; files are ignored). */
export function formFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string') fields[key] = value;
  return fields;
}
