import { randomBytes } from 'node:crypto';
import { fromPgPool, openDatabase, type Database } from './db';

/**
 * The engines the repository tests run against: always an in-memory PGlite; also the PostgreSQL server at
 * DATABASE_URL when set (CI starts one), in a throwaway schema dropped afterwards.
 */
export interface TestEngine {
  name: string;
  open(): Promise<Database>;
  dispose(db: Database): Promise<void>;
}

export function testEngines(env: Record<string, string | undefined> = process.env): TestEngine[] {
  const engines: TestEngine[] = [
    { name: 'embedded PGlite (in memory)', open: () => openDatabase({ kind: 'pglite', dataDir: undefined }), dispose: (db) => db.close() },
  ];
  const url = env.DATABASE_URL?.trim();
  if (url) {
    const schema = `guichet_test_${randomBytes(6).toString('hex')}`;
    engines.push({
      name: 'PostgreSQL at DATABASE_URL',
      async open() {
        const { Pool } = (await import('pg')).default;
        const admin = new Pool({ connectionString: url, max: 1 });
        await admin.query(`CREATE SCHEMA ${schema}`);
        await admin.end();
        const pool = new Pool({ connectionString: url, max: 4, options: `-c search_path=${schema}` });
        return fromPgPool(pool);
      },
      async dispose(db) {
        await db.exec(`DROP SCHEMA ${schema} CASCADE`);
        await db.close();
      },
    });
  }
  return engines;
}

/** Empties the report tables between tests (identities restart, so ids are predictable). */
export async function emptyReports(db: Database): Promise<void> {
  await db.exec('TRUNCATE report_submissions, report_problems RESTART IDENTITY CASCADE');
}
