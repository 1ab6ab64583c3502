import type { ProblemWithSubmissions } from './repository';

export const CSV_COLUMNS = [
  'problem_id',
  'source_id',
  'record_id',
  'listing_kind',
  'listing_id',
  'listing_url_en',
  'listing_url_fr',
  'reason',
  'status',
  'reporters',
  'opened_at',
  'last_reported_at',
  'received_at',
  'visited_on',
  'language',
  'note',
] as const;

/**
 * One CSV field (RFC 4180). A value that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
 * leading apostrophe, so a note typed by anyone cannot execute in the publisher's spreadsheet.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface ListingLinks {
  en: string;
  fr: string;
}

/** One line per person's report (the problem's columns repeated), CRLF line ends, UTF-8 with a BOM for spreadsheets. */
export function problemsToCsv(problems: ProblemWithSubmissions[], links: (problem: ProblemWithSubmissions) => ListingLinks): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const problem of problems) {
    const link = links(problem);
    const submissions = problem.submissions.length > 0 ? problem.submissions : [null];
    for (const submission of submissions) {
      lines.push(
        [
          problem.id,
          problem.sourceId,
          problem.recordId,
          problem.listingKind,
          problem.listingId,
          link.en,
          link.fr,
          problem.reason,
          problem.status,
          problem.reporters,
          problem.openedAt,
          problem.lastReportedAt,
          submission?.receivedAt ?? null,
          submission?.visitedOn ?? null,
          submission?.locale ?? null,
          submission?.note ?? null,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function problemsToJson(
  sourceId: string,
  generatedAt: Date,
  problems: ProblemWithSubmissions[],
  links: (problem: ProblemWithSubmissions) => ListingLinks,
) {
  return {
    source: sourceId,
    generatedAt: generatedAt.toISOString(),
    problems: problems.map((problem) => ({ ...problem, links: links(problem) })),
  };
}
