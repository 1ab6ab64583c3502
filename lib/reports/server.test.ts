import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from './db';

// 'server-only' throws outside Next's server build.
vi.mock('server-only', () => ({}));
const close = vi.fn(async () => undefined);
vi.mock('./db', async (original) => ({
  ...(await original<typeof import('./db')>()),
  openDatabase: async (): Promise<Database> => ({ close }) as unknown as Database,
}));
vi.mock('./migrate', () => ({ migrate: async () => Promise.reject(new Error('migrations unreadable')) }));
vi.mock('./log', () => ({ logReportEvent: () => undefined }));
const { reportsRepository } = await import('./server');

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('guichet.reports.state')];
});

describe('reportsRepository', () => {
  it('closes the database it opened when migrating fails, on every attempt', async () => {
    await expect(reportsRepository()).rejects.toThrow('migrations unreadable');
    await expect(reportsRepository()).rejects.toThrow('migrations unreadable');
    expect(close).toHaveBeenCalledTimes(2);
  });
});
