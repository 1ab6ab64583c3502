import { describe, expect, it } from 'vitest';
import { cleanNote, parseReport } from './validation';

const NOW = new Date('2026-11-23T15:00:00Z');
const valid = { kind: 'location', id: 'service-canada-centre-x', locale: 'fr', reason: 'wrong-phone' };

describe('report validation', () => {
  it('accepts the form with only the required fields, and optional note and visit date', () => {
    const minimal = parseReport(valid, NOW);
    expect(minimal).toEqual({ ok: true, robot: false, value: { ...valid, note: null, visited: null } });
    const full = parseReport({ ...valid, note: '  Le numéro sonne occupé.\r\n', visited: '2026-11-20', extra: 'ignored' }, NOW);
    expect(full.ok && full.value).toMatchObject({ note: 'Le numéro sonne occupé.', visited: '2026-11-20' });
    expect(full.ok && 'extra' in full.value).toBe(false);
  });

  it('names the wrong field without echoing what was sent', () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ ...valid, reason: '<b>bad</b>' }, 'reason'],
      [{ ...valid, kind: 'organization' }, 'kind'],
      [{ ...valid, id: '../../etc/passwd' }, 'id'],
      [{ ...valid, locale: 'de' }, 'locale'],
      [{ ...valid, note: 'é'.repeat(501) }, 'note'],
      [{ ...valid, visited: '2026-02-30' }, 'visited'],
      [{ ...valid, visited: '2025-11-01' }, 'visited'],
      [{ ...valid, visited: '2026-11-26' }, 'visited'],
      [{ ...valid, visited: 'yesterday' }, 'visited'],
    ];
    for (const [input, field] of cases) {
      const result = parseReport(input, NOW);
      expect(result.ok, field).toBe(false);
      if (!result.ok) {
        expect(result.field).toBe(field);
        expect(result.message).not.toContain('<b>');
        expect(result.message).not.toContain('passwd');
      }
    }
    const missing = parseReport({ kind: 'location', id: 'x', locale: 'en' }, NOW);
    expect(!missing.ok && missing.field).toBe('reason');
  });

  it('accepts exactly 500 characters and a visit today or up to a year ago', () => {
    expect(parseReport({ ...valid, note: 'a'.repeat(500) }, NOW).ok).toBe(true);
    expect(parseReport({ ...valid, visited: '2026-11-23' }, NOW).ok).toBe(true);
    expect(parseReport({ ...valid, visited: '2025-11-23' }, NOW).ok).toBe(true);
  });

  it('keeps the note as plain text: newlines kept, control and bidi-override characters removed, blank → none', () => {
    expect(cleanNote('a\u0000b\u202Ec\r\nd\te')).toBe('abc\nd\te');
    expect(cleanNote('   \n ')).toBeNull();
    expect(cleanNote('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('marks a filled honeypot as a robot', () => {
    const result = parseReport({ ...valid, website: 'http://spam.example' }, NOW);
    expect(result.ok && result.robot).toBe(true);
  });
});
