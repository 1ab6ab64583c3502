/**
 * The tiny SQL interface the reports repository needs, satisfied both by embedded PGlite and by node-postgres, so the
 * same repository code and the same migrations run on either. Plain TypeScript: no React, no Next.js.
 */

export interface QueryResult<R> {
  rows: R[];
}

/** What a statement runs on: the database itself or an open transaction. */
export interface SqlClient {
  /** One statement with $1… parameters. */
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<QueryResult<R>>;
  /** Several statements without parameters (a migration file). */
  exec(text: string): Promise<void>;
}

export interface Database extends SqlClient {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The parts of a PGlite instance used here (kept structural so this file does not load the WASM engine). */
export interface PGliteLike {
  query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  exec(text: string): Promise<unknown>;
  transaction<T>(
    fn: (tx: { query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }>; exec(text: string): Promise<unknown> }) => Promise<T>,
  ): Promise<T>;
  close(): Promise<void>;
}

export function fromPGlite(pg: PGliteLike): Database {
  return {
    engine: 'pglite',
    query: async <R>(text: string, params?: unknown[]) => ({ rows: (await pg.query<R>(text, params ?? [])).rows }),
    exec: async (text) => {
      await pg.exec(text);
    },
    transaction: (fn) =>
      pg.transaction((tx) =>
        fn({
          query: async <R>(text: string, params?: unknown[]) => ({ rows: (await tx.query<R>(text, params ?? [])).rows }),
          exec: async (text) => {
            await tx.exec(text);
          },
        }),
      ),
    close: () => pg.close(),
  };
}

/** The parts of a node-postgres Pool used here. */
export interface PgPoolLike {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  connect(): Promise<{ query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>; release(error?: Error | boolean): void }>;
  end(): Promise<void>;
}

export function fromPgPool(pool: PgPoolLike): Database {
  const wrap = (run: PgPoolLike['query']): SqlClient => ({
    query: async <R>(text: string, params?: unknown[]) => ({ rows: (await run(text, params)).rows as R[] }),
    // without parameters node-postgres uses the simple query protocol, which accepts several statements
    exec: async (text) => {
      await run(text);
    },
  });
  const base = wrap((text, params) => (params === undefined ? pool.query(text) : pool.query(text, params)));
  return {
    engine: 'postgres',
    ...base,
    async transaction(fn) {
      const client = await pool.connect();
      const tx = wrap((text, params) => (params === undefined ? client.query(text) : client.query(text, params)));
      try {
        await client.query('BEGIN');
        const result = await fn(tx);
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        client.release(true);
        throw error;
      }
    },
    close: () => pool.end(),
  };
}

export type DatabaseConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | undefined };

/**
 * DATABASE_URL → that PostgreSQL server; otherwise embedded PGlite in the directory GUICHET_DATA_DIR (default
 * ./data/reports, gitignored). `dataDir: undefined` is an in-memory PGlite (tests).
 */
export function databaseConfig(env: Record<string, string | undefined>, cwd: string): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: env.GUICHET_DATA_DIR?.trim() || `${cwd}/data/reports` };
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') {
    const { Pool } = (await import('pg')).default;
    const pool = new Pool({ connectionString: config.url, max: 5, idleTimeoutMillis: 30_000 });
    // an idle client that errors (server restart) must not crash the process; the next query reconnects
    pool.on('error', () => undefined);
    return fromPgPool(pool);
  }
  const { PGlite } = await import('@electric-sql/pglite');
  if (config.dataDir !== undefined) {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(config.dataDir, { recursive: true });
  }
  const pg = config.dataDir === undefined ? await PGlite.create() : await PGlite.create(config.dataDir);
  return fromPGlite(pg as unknown as PGliteLike);
}
