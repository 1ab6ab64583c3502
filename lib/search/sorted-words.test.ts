import { describe, expect, it } from 'vitest';
import { firstAtOrAfter } from './sorted-words';

describe('firstAtOrAfter', () => {
  const words = ['bank', 'immigration', 'immigre', 'passport', 'pension', 'sin'];

  it('finds the word itself', () => {
    expect(firstAtOrAfter(words, 'passport')).toBe(3);
    expect(firstAtOrAfter(words, 'bank')).toBe(0);
    expect(firstAtOrAfter(words, 'sin')).toBe(5);
  });

  it('finds where the words starting with a prefix begin', () => {
    expect(firstAtOrAfter(words, 'immigr')).toBe(1);
    expect(firstAtOrAfter(words, 'pe')).toBe(4);
  });

  it('gives the end past the last word, and 0 before the first or in an empty list', () => {
    expect(firstAtOrAfter(words, 'zoo')).toBe(words.length);
    expect(firstAtOrAfter(words, 'a')).toBe(0);
    expect(firstAtOrAfter([], 'a')).toBe(0);
  });
});
