import type { Database } from './db';
import type { ListingKind, Reason, ReportStatus } from './validation';

/** One person's report, after validation; where it goes (source and record) is decided by the server, not the form. */
export interface NewReport {
  listingKind: ListingKind;
  listingId: string;
  sourceId: string;
  recordId: string;
  reason: Reason;
  note: string | null;
  /** YYYY-MM-DD */
  visitedOn: string | null;
  locale: 'en' | 'fr';
}

export interface SubmitResult {
  problemId: number;
  /** people who reported this open problem, this one included */
  reporters: number;
}

export interface ProblemSubmission {
  receivedAt: string;
  visitedOn: string | null;
  note: string | null;
  locale: 'en' | 'fr';
}

export interface Problem {
  id: number;
  listingKind: ListingKind;
  listingId: string;
  sourceId: string;
  recordId: string;
  reason: Reason;
  status: ReportStatus;
  openedAt: string;
  lastReportedAt: string;
  closedAt: string | null;
  reporters: number;
}

export interface ProblemWithSubmissions extends Problem {
  submissions: ProblemSubmission[];
}

export interface SourceOpenSummary {
  sourceId: string;
  openProblems: number;
  reporters: number;
  lastReportedAt: string;
}

/** Open figures per source: people who reported, and how many of those reports were resolved or not reproducible. */
export interface SourceFigures {
  sourceId: string;
  received: number;
  open: number;
  resolved: number;
  notReproducible: number;
}

export interface ReportRepository {
  submit(report: NewReport, now?: Date): Promise<SubmitResult>;
  /** People who reported a still-open problem with this listing since `since`. */
  recentReporters(listingKind: ListingKind, listingId: string, since: Date): Promise<number>;
  openBySource(): Promise<SourceOpenSummary[]>;
  /** Open problems (of one source, or all), most reported first, each with its submissions. */
  openProblems(sourceId?: string): Promise<ProblemWithSubmissions[]>;
  /** Closes (or reopens) a problem; false if there is no such problem or an open one already exists for reopening. */
  setStatus(problemId: number, status: ReportStatus, now?: Date): Promise<boolean>;
  figuresBySource(): Promise<SourceFigures[]>;
}

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

const PROBLEM_COLUMNS = `p.id, p.listing_kind, p.listing_id, p.source_id, p.record_id, p.reason, p.status,
  ${ISO('p.opened_at')} AS opened_at, ${ISO('p.last_reported_at')} AS last_reported_at,
  CASE WHEN p.closed_at IS NULL THEN NULL ELSE ${ISO('p.closed_at')} END AS closed_at,
  (SELECT count(*)::int FROM report_submissions s WHERE s.problem_id = p.id) AS reporters`;

interface ProblemRow {
  id: number;
  listing_kind: ListingKind;
  listing_id: string;
  source_id: string;
  record_id: string;
  reason: Reason;
  status: ReportStatus;
  opened_at: string;
  last_reported_at: string;
  closed_at: string | null;
  reporters: number;
}

function toProblem(row: ProblemRow): Problem {
  return {
    id: Number(row.id),
    listingKind: row.listing_kind,
    listingId: row.listing_id,
    sourceId: row.source_id,
    recordId: row.record_id,
    reason: row.reason,
    status: row.status,
    openedAt: row.opened_at,
    lastReportedAt: row.last_reported_at,
    closedAt: row.closed_at,
    reporters: Number(row.reporters),
  };
}

/** The one implementation, over the tiny SQL interface both PGlite and node-postgres satisfy. */
export class SqlReportRepository implements ReportRepository {
  constructor(private readonly db: Database) {}

  submit(report: NewReport, now: Date = new Date()): Promise<SubmitResult> {
    return this.db.transaction(async (tx) => {
      // one open problem per listing and reason: a new report on it is counted, not duplicated
      const problem = await tx.query<{ id: number }>(
        `INSERT INTO report_problems (listing_kind, listing_id, source_id, record_id, reason, opened_at, last_reported_at)
         VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $6::timestamptz)
         ON CONFLICT (listing_kind, listing_id, reason) WHERE status = 'open'
         DO UPDATE SET last_reported_at = GREATEST(report_problems.last_reported_at, EXCLUDED.last_reported_at)
         RETURNING id`,
        [report.listingKind, report.listingId, report.sourceId, report.recordId, report.reason, now.toISOString()],
      );
      const problemId = Number(problem.rows[0]!.id);
      await tx.query(
        'INSERT INTO report_submissions (problem_id, received_at, visited_on, note, locale) VALUES ($1, $2::timestamptz, $3::date, $4, $5)',
        [problemId, now.toISOString(), report.visitedOn, report.note, report.locale],
      );
      const count = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM report_submissions WHERE problem_id = $1', [problemId]);
      return { problemId, reporters: Number(count.rows[0]!.n) };
    });
  }

  async recentReporters(listingKind: ListingKind, listingId: string, since: Date): Promise<number> {
    const result = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM report_submissions s JOIN report_problems p ON p.id = s.problem_id
       WHERE p.listing_kind = $1 AND p.listing_id = $2 AND p.status = 'open' AND s.received_at >= $3::timestamptz`,
      [listingKind, listingId, since.toISOString()],
    );
    return Number(result.rows[0]?.n ?? 0);
  }

  async openBySource(): Promise<SourceOpenSummary[]> {
    const result = await this.db.query<{ source_id: string; open_problems: number; reporters: number; last_reported_at: string }>(
      `SELECT p.source_id, count(DISTINCT p.id)::int AS open_problems, count(s.id)::int AS reporters, ${ISO('max(p.last_reported_at)')} AS last_reported_at
       FROM report_problems p LEFT JOIN report_submissions s ON s.problem_id = p.id
       WHERE p.status = 'open' GROUP BY p.source_id ORDER BY reporters DESC, p.source_id`,
    );
    return result.rows.map((row) => ({
      sourceId: row.source_id,
      openProblems: Number(row.open_problems),
      reporters: Number(row.reporters),
      lastReportedAt: row.last_reported_at,
    }));
  }

  async openProblems(sourceId?: string): Promise<ProblemWithSubmissions[]> {
    const problems = await this.db.query<ProblemRow>(
      `SELECT ${PROBLEM_COLUMNS} FROM report_problems p WHERE p.status = 'open' AND ($1::text IS NULL OR p.source_id = $1::text)
       ORDER BY reporters DESC, p.last_reported_at DESC, p.id`,
      [sourceId ?? null],
    );
    if (problems.rows.length === 0) return [];
    const ids = problems.rows.map((row) => Number(row.id));
    const submissions = await this.db.query<{
      problem_id: number;
      received_at: string;
      visited_on: string | null;
      note: string | null;
      locale: 'en' | 'fr';
    }>(
      `SELECT problem_id, ${ISO('received_at')} AS received_at, to_char(visited_on, 'YYYY-MM-DD') AS visited_on, note, locale
       FROM report_submissions WHERE problem_id = ANY($1::int[]) ORDER BY received_at, id`,
      [ids],
    );
    const byProblem = new Map<number, ProblemSubmission[]>();
    for (const row of submissions.rows) {
      const list = byProblem.get(Number(row.problem_id)) ?? [];
      list.push({ receivedAt: row.received_at, visitedOn: row.visited_on, note: row.note, locale: row.locale });
      byProblem.set(Number(row.problem_id), list);
    }
    return problems.rows.map((row) => ({ ...toProblem(row), submissions: byProblem.get(Number(row.id)) ?? [] }));
  }

  async setStatus(problemId: number, status: ReportStatus, now: Date = new Date()): Promise<boolean> {
    try {
      const result = await this.db.query<{ id: number }>(
        `UPDATE report_problems SET status = $2, closed_at = CASE WHEN $2 = 'open' THEN NULL ELSE $3::timestamptz END
         WHERE id = $1 AND status <> $2 RETURNING id`,
        [problemId, status, now.toISOString()],
      );
      return result.rows.length === 1;
    } catch (error) {
      // reopening when another open problem exists for the same listing and reason: refused, not an error
      if ((error as { code?: string }).code === '23505') return false;
      throw error;
    }
  }

  async figuresBySource(): Promise<SourceFigures[]> {
    const result = await this.db.query<{ source_id: string; received: number; open: number; resolved: number; not_reproducible: number }>(
      `SELECT p.source_id, count(*)::int AS received,
         count(*) FILTER (WHERE p.status = 'open')::int AS open,
         count(*) FILTER (WHERE p.status = 'resolved')::int AS resolved,
         count(*) FILTER (WHERE p.status = 'not-reproducible')::int AS not_reproducible
       FROM report_submissions s JOIN report_problems p ON p.id = s.problem_id
       GROUP BY p.source_id ORDER BY p.source_id`,
    );
    return result.rows.map((row) => ({
      sourceId: row.source_id,
      received: Number(row.received),
      open: Number(row.open),
      resolved: Number(row.resolved),
      notReproducible: Number(row.not_reproducible),
    }));
  }
}
