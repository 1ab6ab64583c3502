import { describe, expect, it } from 'vitest';
import { formatClock, formatLocalDate, frenchElision, pickText, pickedLanguage, telHref } from './i18n-text';

describe('formatClock', () => {
  it('writes times the Canadian way in each language', () => {
    expect(formatClock('08:30', 'en')).toBe('8:30 a.m.');
    expect(formatClock('16:00', 'en')).toBe('4 p.m.');
    expect(formatClock('12:00', 'en')).toBe('12 p.m.');
    expect(formatClock('08:30', 'fr')).toBe('8 h 30');
    expect(formatClock('16:00', 'fr')).toBe('16 h');
  });
});

describe('formatLocalDate', () => {
  it('formats a calendar date without shifting it through a time zone', () => {
    expect(formatLocalDate('2026-11-23', 'en')).toBe('Monday, November 23');
    expect(formatLocalDate('2026-11-23', 'fr')).toBe('lundi 23 novembre');
  });

  it('writes the first of the month "1er" in French, and only the first', () => {
    expect(formatLocalDate('2026-12-01', 'fr')).toBe('mardi 1er décembre');
    expect(formatLocalDate('2027-01-01', 'fr', true)).toBe('vendredi 1er janvier 2027');
    expect(formatLocalDate('2026-12-11', 'fr')).toBe('vendredi 11 décembre');
    expect(formatLocalDate('2026-12-21', 'fr')).toBe('lundi 21 décembre');
    expect(formatLocalDate('2026-12-01', 'en')).toBe('Tuesday, December 1');
  });
});

describe('pickText', () => {
  it('prefers the reader language and says which language it picked', () => {
    expect(pickText({ en: 'Library', fr: 'Bibliothèque' }, 'fr')).toBe('Bibliothèque');
    expect(pickText({ en: 'Library' }, 'fr')).toBe('Library');
    expect(pickedLanguage({ en: 'Library' }, 'fr')).toBe('en');
  });
});

describe('telHref', () => {
  it('dials the digits and leaves the extension for the caller', () => {
    expect(telHref('1-800-206-7218')).toBe('tel:18002067218');
    expect(telHref('416-362-0805 ext. 230')).toBe('tel:4163620805');
    expect(telHref('311')).toBe('tel:311');
  });
});

describe('frenchElision', () => {
  it('elides before a vowel, accented or not, and not before a consonant, an h or a y', () => {
    for (const name of [
      'Ottawa',
      'Iqaluit',
      'Édouard',
      'Îles-de-la-Madeleine',
      'Emploi et Développement social Canada',
      ' Alberta Supports',
    ])
      expect(frenchElision(name), name).toBe('vowel');
    for (const name of ['Toronto', 'Halifax', 'Yellowknife', 'Québec', '']) expect(frenchElision(name), name).toBe('other');
  });
});
