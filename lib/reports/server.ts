import 'server-only';
import { databaseConfig, openDatabase, type Database } from './db';
import { migrate } from './migrate';
import { SqlReportRepository, type ReportRepository } from './repository';
import { ReportGate, RotatingKey, WindowCounter, clientBucket } from './limits';
import { logReportEvent } from './log';

/**
 * The reports database of this server process: opened and migrated once, on first use (or at start, from
 * instrumentation.ts). Embedded PGlite in ./data/reports (GUICHET_DATA_DIR) by default; PostgreSQL when DATABASE_URL
 * is set.
 */
let opened: Promise<{ db: Database; repository: ReportRepository }> | undefined;

async function open(): Promise<{ db: Database; repository: ReportRepository }> {
  const db = await openDatabase(databaseConfig(process.env, process.cwd()));
  const applied = await migrate(db);
  if (applied.length > 0) logReportEvent('migrated', { count: applied.length });
  return { db, repository: new SqlReportRepository(db) };
}

export function reportsRepository(): Promise<ReportRepository> {
  opened ??= open().catch((error: unknown) => {
    opened = undefined; // try again on the next request
    logReportEvent('db-error');
    throw error;
  });
  return opened.then((state) => state.repository);
}

/** Starts opening the database without waiting (the embedded engine takes seconds to initialize a new directory). */
export function warmUpReports(): void {
  reportsRepository().catch(() => undefined);
}

/** Tests: use this database instead of the configured one. */
export function useReportsDatabaseForTests(db: Database): void {
  opened = Promise.resolve({ db, repository: new SqlReportRepository(db) });
}

/** The limits of this process (see limits.ts for why they live in memory). */
export const reportGate = new ReportGate();

const signInKey = new RotatingKey();
const signInAttempts = new WindowCounter(10, 15 * 60_000);
signInKey.onRotate(() => signInAttempts.clear());

/** At most 10 steward sign-in attempts per client per 15 minutes (the token itself is compared in constant time). */
export function stewardSignInGate(address: string | null): boolean {
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

export function recentReporters(kind: 'location' | 'service', id: string, now: Date = new Date()): Promise<number> {
  return withinTime(async () => (await reportsRepository()).recentReporters(kind, id, new Date(now.getTime() - RECENT_DAYS * 86_400_000)), 1500, 0);
}
