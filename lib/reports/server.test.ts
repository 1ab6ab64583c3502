import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from './db';

// 'server-only' throws outside Next's server build.
vi.mock('server-only', () => ({}));
const close = vi.fn(async () => undefined);
const openDatabase = vi.fn(async (): Promise<Database> => ({ close }) as unknown as Database);
vi.mock('./db', async (original) => ({ ...(await original<typeof import('./db')>()), openDatabase }));
vi.mock('./migrate', () => ({ migrate: async () => Promise.reject(new Error('migrations unreadable')) }));
vi.mock('./log', () => ({ logReportEvent: () => undefined }));
const { RETRY_OPEN_AFTER_MS, reportsRepository } = await import('./server');

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('guichet.reports.state')];
  vi.useRealTimers();
  close.mockClear();
  openDatabase.mockClear();
});

describe('reportsRepository', () => {
  it('closes the database it opened when migrating fails, on every attempt', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await expect(reportsRepository()).rejects.toThrow('migrations unreadable');
    vi.advanceTimersByTime(RETRY_OPEN_AFTER_MS);
    await expect(reportsRepository()).rejects.toThrow('migrations unreadable');
    expect(openDatabase).toHaveBeenCalledTimes(2);
    expect(close).toHaveBeenCalledTimes(2);
  });

  it('after a failed open, fails at once without opening another engine until the retry delay has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await expect(reportsRepository()).rejects.toThrow('migrations unreadable');
    for (let i = 0; i < 5; i++) await expect(reportsRepository()).rejects.toThrow('migrations unreadable');
    vi.advanceTimersByTime(RETRY_OPEN_AFTER_MS - 1);
    await expect(reportsRepository()).rejects.toThrow('migrations unreadable');
    expect(openDatabase).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    await expect(reportsRepository()).rejects.toThrow('migrations unreadable');
    expect(openDatabase).toHaveBeenCalledTimes(2);
  });
});
