import { createHmac, randomBytes } from 'node:crypto';

/*
 * Abuse resistance without keeping IP addresses.
 *
 * Why in memory rather than in the database: anything derived from an IP address that is written to the database
 * outlives the request and ends up in backups. IPv4 has only 2^32 addresses, so a stored hash is reversible by brute
 * force by anyone who also holds the salt — and a salt kept next to it in the same database would be. Here the
 * HMAC key is 32 random bytes that exist only in this process's memory, are replaced every 24 hours and are never
 * written anywhere; when the key rotates, every counter keyed by the old one is dropped, so nothing ties a client
 * from one day to the next. The cost: limits are per server process and start afresh on restart, which is why a
 * global limit backs the per-client one, and why the database itself also merges reports on the same listing with
 * the same reason (counted, not duplicated) whoever sends them.
 */

export const DAY_MS = 86_400_000;

/** The coarse bucket a client is counted in: an IPv4 address, or the /64 network of an IPv6 address (one household). */
export function clientBucket(address: string | null | undefined): string {
  const raw = (address ?? '')
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (raw === '') return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(raw);
  if (mapped) return mapped[1]!;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(raw)) return raw;
  if (raw.includes(':')) {
    const [head = '', tail = ''] = raw.split('%')[0]!.split('::');
    const headParts = head === '' ? [] : head.split(':');
    const tailParts = tail === '' ? [] : tail.split(':');
    const missing = raw.includes('::') ? 8 - headParts.length - tailParts.length : 0;
    const groups = [...headParts, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailParts];
    return `${groups
      .slice(0, 4)
      .map((g) => g.replace(/^0+(?=.)/, ''))
      .join(':')}::/64`;
  }
  return 'unknown';
}

/** An HMAC key held in memory only and replaced every `periodMs`; `onRotate` lets holders drop what they keyed. */
export class RotatingKey {
  private key = randomBytes(32);
  private since: number;
  private readonly listeners: Array<() => void> = [];

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly periodMs: number = DAY_MS,
  ) {
    this.since = clock();
  }

  onRotate(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** A keyed hash of the parts; never reversible without the key, which never leaves this object. */
  hash(...parts: string[]): string {
    const now = this.clock();
    if (now - this.since >= this.periodMs) {
      this.key = randomBytes(32);
      this.since = now;
      for (const listener of this.listeners) listener();
    }
    return createHmac('sha256', this.key).update(parts.join('\u0000')).digest('base64url').slice(0, 22);
  }
}

/** Fixed-window counters: at most `limit` events per key per `windowMs`. */
export class WindowCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one event for `key`; false when the limit is already reached (the event is not counted). */
  take(key: string): boolean {
    const now = this.clock();
    if (this.windows.size > 50_000) this.sweep(now);
    const current = this.windows.get(key);
    if (current === undefined || now - current.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      return true;
    }
    if (current.count >= this.limit) return false;
    current.count += 1;
    return true;
  }

  clear(): void {
    this.windows.clear();
  }

  get size(): number {
    return this.windows.size;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}

/** Remembers keys for `ttlMs`: the same client reporting the same problem twice is counted once. */
export class SeenRecently {
  private readonly seen = new Map<string, number>();

  constructor(
    readonly ttlMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** True the first time `key` is seen within the TTL, false for a repeat. */
  first(key: string): boolean {
    const now = this.clock();
    if (this.seen.size > 50_000) for (const [k, expires] of this.seen) if (expires <= now) this.seen.delete(k);
    const expires = this.seen.get(key);
    if (expires !== undefined && expires > now) return false;
    this.seen.set(key, now + this.ttlMs);
    return true;
  }

  clear(): void {
    this.seen.clear();
  }
}

export interface GateLimits {
  perClient: { limit: number; windowMs: number };
  global: { limit: number; windowMs: number };
  duplicateTtlMs: number;
}

export const DEFAULT_LIMITS: GateLimits = {
  perClient: { limit: 6, windowMs: 60 * 60_000 },
  global: { limit: 600, windowMs: 60 * 60_000 },
  duplicateTtlMs: DAY_MS,
};

export type GateDecision = 'accept' | 'duplicate' | 'client-limit' | 'global-limit';

/** Decides whether one report is stored: per-client limit, global limit, then de-duplication per client. */
export class ReportGate {
  private readonly key: RotatingKey;
  private readonly perClient: WindowCounter;
  private readonly global: WindowCounter;
  private readonly seen: SeenRecently;

  constructor(limits: GateLimits = DEFAULT_LIMITS, clock: () => number = Date.now) {
    this.key = new RotatingKey(clock);
    this.perClient = new WindowCounter(limits.perClient.limit, limits.perClient.windowMs, clock);
    this.global = new WindowCounter(limits.global.limit, limits.global.windowMs, clock);
    this.seen = new SeenRecently(limits.duplicateTtlMs, clock);
    this.key.onRotate(() => {
      this.perClient.clear();
      this.seen.clear();
    });
  }

  check(clientAddress: string | null | undefined, listing: string, reason: string): GateDecision {
    const client = this.key.hash('client', clientBucket(clientAddress));
    if (!this.perClient.take(client)) return 'client-limit';
    if (!this.seen.first(this.key.hash('report', client, listing, reason))) return 'duplicate';
    if (!this.global.take('all')) return 'global-limit';
    return 'accept';
  }
}
