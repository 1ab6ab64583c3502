import { describe, expect, it } from 'vitest';
import { DAY_MS, ReportGate, RotatingKey, SeenRecently, WindowCounter, clientBucket } from './limits';

function fakeClock(start = Date.parse('2026-11-23T15:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('client buckets', () => {
  it('keeps an IPv4 address and the /64 network of an IPv6 address', () => {
    expect(clientBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(clientBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientBucket('2001:db8:abcd:12:1:2:3:4')).toBe('2001:db8:abcd:12::/64');
    expect(clientBucket('2001:db8:abcd:12::99')).toBe('2001:db8:abcd:12::/64');
    expect(clientBucket('[2001:0db8::1]')).toBe('2001:db8:0:0::/64');
    expect(clientBucket(null)).toBe('unknown');
    expect(clientBucket('not an address')).toBe('unknown');
  });
});

describe('rotating key', () => {
  it('hashes without revealing the input, and changes every day', () => {
    const clock = fakeClock();
    const key = new RotatingKey(clock.now);
    let rotations = 0;
    key.onRotate(() => (rotations += 1));
    const first = key.hash('client', '203.0.113.7');
    expect(first).not.toContain('203');
    expect(key.hash('client', '203.0.113.7')).toBe(first);
    expect(key.hash('client', '203.0.113.8')).not.toBe(first);
    clock.advance(DAY_MS);
    expect(key.hash('client', '203.0.113.7')).not.toBe(first);
    expect(rotations).toBe(1);
    // two processes never share a key
    expect(new RotatingKey(clock.now).hash('client', '203.0.113.7')).not.toBe(key.hash('client', '203.0.113.7'));
  });
});

describe('rate limiting', () => {
  it('allows `limit` events per window, then refuses until the window ends', () => {
    const clock = fakeClock();
    const counter = new WindowCounter(3, 60_000, clock.now);
    expect([1, 2, 3, 4].map(() => counter.take('a'))).toEqual([true, true, true, false]);
    expect(counter.take('b')).toBe(true);
    clock.advance(60_000);
    expect(counter.take('a')).toBe(true);
  });

  it('limits each client, then everyone together', () => {
    const clock = fakeClock();
    const gate = new ReportGate(
      { perClient: { limit: 2, windowMs: 3_600_000 }, global: { limit: 3, windowMs: 3_600_000 }, duplicateTtlMs: DAY_MS },
      clock.now,
    );
    expect(gate.check('203.0.113.1', 'location:a', 'wrong-hours')).toBe('accept');
    expect(gate.check('203.0.113.1', 'location:b', 'wrong-hours')).toBe('accept');
    expect(gate.check('203.0.113.1', 'location:c', 'wrong-hours')).toBe('client-limit');
    // the same /64 is the same client
    expect(gate.check('2001:db8:1:2::1', 'location:a', 'other')).toBe('accept');
    expect(gate.check('2001:db8:1:2::ffff', 'location:b', 'other')).toBe('global-limit');
    clock.advance(3_600_000);
    expect(gate.check('203.0.113.1', 'location:c', 'wrong-hours')).toBe('accept');
  });
});

describe('de-duplication', () => {
  it('counts the same client reporting the same problem once a day, but not different problems or clients', () => {
    const clock = fakeClock();
    const gate = new ReportGate(
      { perClient: { limit: 100, windowMs: 3_600_000 }, global: { limit: 100, windowMs: 3_600_000 }, duplicateTtlMs: DAY_MS },
      clock.now,
    );
    expect(gate.check('198.51.100.4', 'location:a', 'wrong-hours')).toBe('accept');
    expect(gate.check('198.51.100.4', 'location:a', 'wrong-hours')).toBe('duplicate');
    expect(gate.check('198.51.100.4', 'location:a', 'wrong-phone')).toBe('accept');
    expect(gate.check('198.51.100.4', 'service:a', 'wrong-hours')).toBe('accept');
    expect(gate.check('198.51.100.5', 'location:a', 'wrong-hours')).toBe('accept');
    clock.advance(DAY_MS);
    expect(gate.check('198.51.100.4', 'location:a', 'wrong-hours')).toBe('accept');
  });

  it('forgets keys after their TTL', () => {
    const clock = fakeClock();
    const seen = new SeenRecently(1000, clock.now);
    expect(seen.first('k')).toBe(true);
    expect(seen.first('k')).toBe(false);
    clock.advance(1000);
    expect(seen.first('k')).toBe(true);
  });
});
