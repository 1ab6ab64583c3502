import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from './db';
import { loadMigrations, migrate } from './migrate';
import { SqlReportRepository, type NewReport } from './repository';
import { emptyReports, testEngines } from './test-databases';

const base: NewReport = {
  listingKind: 'location',
  listingId: 'service-canada-centre-ottawa-sc-1',
  sourceId: 'federal-service-canada-offices',
  recordId: 'SC-1',
  reason: 'wrong-hours',
  note: null,
  visitedOn: null,
  locale: 'en',
};
const T0 = new Date('2026-11-23T15:00:00Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe.each(testEngines())('reports repository on $name', (engine) => {
  let db: Database;
  let repo: SqlReportRepository;

  beforeAll(async () => {
    db = await engine.open();
    expect(await migrate(db)).toEqual(loadMigrations().map((m) => m.version));
    repo = new SqlReportRepository(db);
  }, 180_000);
  afterAll(async () => engine.dispose(db));
  beforeEach(async () => emptyReports(db));

  it('applies migrations once, recorded in schema_migrations', async () => {
    expect(await migrate(db)).toEqual([]);
    const rows = (await db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version')).rows;
    expect(rows.map((r) => [Number(r.version), r.name])).toEqual([[1, '001_init']]);
  });

  it('rolls back a failing migration entirely', async () => {
    await expect(
      migrate(db, [
        ...loadMigrations(),
        { version: 999, name: '999_broken', sql: 'CREATE TABLE half_done (id int); SELECT * FROM no_such_table;' },
      ]),
    ).rejects.toThrow();
    expect((await db.query("SELECT to_regclass('half_done') AS t")).rows[0]).toEqual({ t: null });
    expect((await db.query('SELECT version FROM schema_migrations WHERE version = 999')).rows).toEqual([]);
  });

  it('counts reports on the same listing with the same reason on one open problem, not duplicated', async () => {
    const first = await repo.submit({ ...base, note: 'Closes at 15:00 now, not 16:00.' }, T0);
    const second = await repo.submit({ ...base, visitedOn: '2026-11-20', locale: 'fr' }, later(5));
    const other = await repo.submit({ ...base, reason: 'wrong-phone' }, later(6));
    expect(second.problemId).toBe(first.problemId);
    expect(second.reporters).toBe(2);
    expect(other.problemId).not.toBe(first.problemId);
    const open = await repo.openProblems('federal-service-canada-offices');
    expect(open.map((p) => [p.reason, p.reporters])).toEqual([
      ['wrong-hours', 2],
      ['wrong-phone', 1],
    ]);
    expect(open[0]!.submissions).toEqual([
      { receivedAt: '2026-11-23T15:00:00Z', visitedOn: null, note: 'Closes at 15:00 now, not 16:00.', locale: 'en' },
      { receivedAt: '2026-11-23T15:05:00Z', visitedOn: '2026-11-20', note: null, locale: 'fr' },
    ]);
    expect(open[0]).toMatchObject({
      openedAt: '2026-11-23T15:00:00Z',
      lastReportedAt: '2026-11-23T15:05:00Z',
      status: 'open',
      closedAt: null,
      recordId: 'SC-1',
    });
  });

  it('starts a new problem once the previous one is closed, and refuses to reopen a duplicate', async () => {
    const { problemId } = await repo.submit(base, T0);
    expect(await repo.setStatus(problemId, 'resolved', later(60))).toBe(true);
    expect(await repo.setStatus(problemId, 'resolved', later(61))).toBe(false);
    const again = await repo.submit(base, later(120));
    expect(again.problemId).not.toBe(problemId);
    expect(again.reporters).toBe(1);
    expect(await repo.setStatus(problemId, 'open')).toBe(false);
    expect(await repo.setStatus(12345, 'resolved')).toBe(false);
  });

  it('counts recent reporters of open problems only', async () => {
    const { problemId } = await repo.submit(base, T0);
    await repo.submit(base, later(10));
    await repo.submit({ ...base, reason: 'closed-or-moved' }, later(20));
    expect(await repo.recentReporters('location', base.listingId, T0)).toBe(3);
    expect(await repo.recentReporters('location', base.listingId, later(15))).toBe(1);
    expect(await repo.recentReporters('service', base.listingId, T0)).toBe(0);
    await repo.setStatus(problemId, 'not-reproducible');
    expect(await repo.recentReporters('location', base.listingId, T0)).toBe(1);
  });

  it('summarizes open problems by source and gives open figures per source', async () => {
    const { problemId } = await repo.submit(base, T0);
    await repo.submit(base, later(1));
    await repo.submit({ ...base, listingId: 'other', reason: 'other' }, later(2));
    await repo.submit(
      { ...base, listingKind: 'service', listingId: 'passport', sourceId: 'guichet-catalogue', recordId: 'passport', reason: 'other' },
      later(3),
    );
    await repo.setStatus(problemId, 'resolved');
    expect(await repo.openBySource()).toEqual([
      { sourceId: 'federal-service-canada-offices', openProblems: 1, reporters: 1, lastReportedAt: '2026-11-23T15:02:00Z' },
      { sourceId: 'guichet-catalogue', openProblems: 1, reporters: 1, lastReportedAt: '2026-11-23T15:03:00Z' },
    ]);
    expect(await repo.figuresBySource()).toEqual([
      { sourceId: 'federal-service-canada-offices', received: 3, open: 1, resolved: 2, notReproducible: 0 },
      { sourceId: 'guichet-catalogue', received: 1, open: 1, resolved: 0, notReproducible: 0 },
    ]);
    expect((await repo.openProblems()).length).toBe(2);
  });

  it('stores notes as given (plain text, markup included) and rejects what the schema forbids', async () => {
    const note = '<script>alert(1)</script> & "quotes"';
    await repo.submit({ ...base, note }, T0);
    expect((await repo.openProblems())[0]!.submissions[0]!.note).toBe(note);
    await expect(repo.submit({ ...base, note: 'x'.repeat(501) }, T0)).rejects.toThrow();
    await expect(repo.submit({ ...base, reason: 'bogus' as NewReport['reason'] }, T0)).rejects.toThrow();
    // the failed submissions left nothing behind
    expect((await repo.openProblems())[0]!.reporters).toBe(1);
  });

  it('never stores anything that identifies a person: no column for a name, an e-mail, a location or an address', async () => {
    const columns = (
      await db.query<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_name IN ('report_problems', 'report_submissions')",
      )
    ).rows.map((r) => r.column_name);
    expect(columns.filter((c) => /name|mail|ip|addr|lat|lon|client|hash|agent/i.test(c))).toEqual([]);
  });
});
