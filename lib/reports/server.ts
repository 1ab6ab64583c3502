import 'server-only';
import { databaseConfig, openDatabase, type Database } from './db';
import { migrate } from './migrate';
import { SqlReportRepository, type ReportRepository } from './repository';
import { DEFAULT_LIMITS, ReportGate, RotatingKey, WindowCounter, clientBucket, type GateLimits } from './limits';
import { logReportEvent } from './log';

/**
 * The reports database of this server process: opened and migrated once, on first use (or at start, from
 * instrumentation.ts). Embedded PGlite in ./data/reports (GUICHET_DATA_DIR) by default; PostgreSQL when DATABASE_URL
 * is set.
 */
/** GUICHET_REPORTS_PER_CLIENT_HOUR overrides the per-client limit (tests that share one address use a higher one). */
function limitsFromEnv(env: Record<string, string | undefined> = process.env): GateLimits {
  const perClient = Number(env.GUICHET_REPORTS_PER_CLIENT_HOUR);
  return Number.isInteger(perClient) && perClient > 0
    ? { ...DEFAULT_LIMITS, perClient: { ...DEFAULT_LIMITS.perClient, limit: perClient } }
    : DEFAULT_LIMITS;
}

interface ProcessState {
  opened: Promise<{ db: Database; repository: ReportRepository }> | undefined;
  /** the last failed open, so requests in the next RETRY_OPEN_AFTER_MS fail at once instead of opening again */
  failed?: { at: number; error: unknown };
  /** set once the database is open and migrated: pages then wait for figures (briefly); before, they do not wait */
  ready: boolean;
  gate: ReportGate;
  signInKey: RotatingKey;
  signInAttempts: WindowCounter;
  /** "people reported a problem recently", per listing, with when it was counted */
  reporterFigures: Map<string, { countedAt: number; count: number }>;
}

/**
 * One state per server process, kept on globalThis: Next.js may instantiate this module once per route bundle, and
 * two embedded engines must never open the same data directory, nor may limits be counted apart.
 */
const STATE_KEY = Symbol.for('guichet.reports.state');
function state(): ProcessState {
  const global = globalThis as unknown as Record<symbol, ProcessState | undefined>;
  let current = global[STATE_KEY];
  if (current === undefined) {
    const signInKey = new RotatingKey();
    const signInAttempts = new WindowCounter(10, 15 * 60_000);
    signInKey.onRotate(() => signInAttempts.clear());
    current = {
      opened: undefined,
      ready: false,
      gate: new ReportGate(limitsFromEnv()),
      signInKey,
      signInAttempts,
      reporterFigures: new Map(),
    };
    global[STATE_KEY] = current;
  }
  return current;
}

async function open(): Promise<{ db: Database; repository: ReportRepository }> {
  const db = await openDatabase(databaseConfig(process.env, process.cwd()));
  try {
    const applied = await migrate(db);
    if (applied.length > 0) logReportEvent('migrated', { count: applied.length });
  } catch (error) {
    // A failed open is retried on the next request: each embedded engine left open kept its memory (9 GB of RSS
    // after ~1,000 requests, measured while the migrations could not be read).
    await db.close().catch(() => undefined);
    throw error;
  }
  return { db, repository: new SqlReportRepository(db) };
}

/**
 * After a failed open, how long requests fail at once before one tries again: each attempt initializes an embedded
 * engine (seconds of CPU), and location pages ask for report figures on every request.
 */
export const RETRY_OPEN_AFTER_MS = 30_000;

export function reportsRepository(): Promise<ReportRepository> {
  const current = state();
  if (current.opened === undefined && current.failed && Date.now() - current.failed.at < RETRY_OPEN_AFTER_MS)
    return Promise.reject(current.failed.error);
  current.opened ??= open().then(
    (opened) => {
      current.ready = true;
      delete current.failed;
      return opened;
    },
    (error: unknown) => {
      current.opened = undefined; // tried again once RETRY_OPEN_AFTER_MS has passed
      current.failed = { at: Date.now(), error };
      logReportEvent('db-error');
      throw error;
    },
  );
  return current.opened.then((opened) => opened.repository);
}

/** Starts opening the database without waiting (the embedded engine takes seconds to initialize a new directory). */
export function warmUpReports(): void {
  reportsRepository().catch(() => undefined);
}

/** Tests: use this database instead of the configured one. */
export function useReportsDatabaseForTests(db: Database): void {
  state().opened = Promise.resolve({ db, repository: new SqlReportRepository(db) });
  state().ready = true;
  state().gate = new ReportGate();
}

/** Figures for pages: undefined while the database is still opening (it is then asked to open, not waited for). */
export async function figureWithinTime<T>(work: (repository: ReportRepository) => Promise<T>, ms = 1500): Promise<T | undefined> {
  if (!state().ready) {
    warmUpReports();
    return undefined;
  }
  return withinTime(async () => work(await reportsRepository()), ms, undefined);
}

/** The limits of this process (see limits.ts for why they live in memory). */
export function reportGate(): ReportGate {
  return state().gate;
}

/** At most 10 steward sign-in attempts per client per 15 minutes (the token itself is compared in constant time). */
export function stewardSignInGate(address: string | null): boolean {
  const { signInAttempts, signInKey } = state();
  return signInAttempts.take(signInKey.hash('steward', clientBucket(address)));
}

/**
 * A figure for a page that must never wait long nor fail because of the reports database: the answer within `ms`,
 * else `fallback` (the page renders without it).
 */
export async function withinTime<T>(work: () => Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      work(),
      new Promise<T>((resolve) => {
        timer = setTimeout(() => resolve(fallback), ms);
      }),
    ]);
  } catch {
    return fallback;
  } finally {
    clearTimeout(timer);
  }
}

/** "Recently", for the line on a listing. */
export const RECENT_DAYS = 90;

/**
 * How long a listing's figure is reused: one query per listing and minute rather than per page view (the query was a
 * tenth of a location page's server time). A report received by this process is counted at once (forgetReporters);
 * other instances count it within the minute.
 */
const REPORTERS_REUSE_MS = 60_000;

export async function recentReporters(kind: 'location' | 'service', id: string, now: Date = new Date()): Promise<number> {
  const key = `${kind}:${id}`;
  const figures = state().reporterFigures;
  const known = figures.get(key);
  const age = known ? now.getTime() - known.countedAt : Infinity;
  if (known && age >= 0 && age < REPORTERS_REUSE_MS) return known.count;
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  const count = await figureWithinTime((repository) => repository.recentReporters(kind, id, since));
  if (count === undefined) return 0;
  figures.set(key, { countedAt: now.getTime(), count });
  return count;
}

/** A report about this listing was stored: its figure is counted again on the next page view. */
export function forgetReporters(kind: 'location' | 'service', id: string): void {
  state().reporterFigures.delete(`${kind}:${id}`);
}
