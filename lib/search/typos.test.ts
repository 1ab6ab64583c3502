import { describe, expect, it } from 'vitest';
import { allowedEdits, deletionForms, editDistance } from './typos';

describe('editDistance (optimal string alignment)', () => {
  it('is 0 for the same word and the length of the other for an empty one', () => {
    expect(editDistance('passport', 'passport')).toBe(0);
    expect(editDistance('', 'sin')).toBe(3);
    expect(editDistance('sin', '')).toBe(3);
    expect(editDistance('', '')).toBe(0);
  });

  it('counts one insertion, deletion or substitution as one edit', () => {
    expect(editDistance('pasport', 'passport')).toBe(1);
    expect(editDistance('passport', 'pasport')).toBe(1);
    expect(editDistance('pension', 'pensoin')).toBe(1);
    expect(editDistance('benefit', 'benefot')).toBe(1);
  });

  it('counts swapped neighbours as one edit, not two', () => {
    expect(editDistance('recieve', 'receive')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('passprot', 'passport')).toBe(1);
  });

  it('counts several slips, and is symmetric', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('sitting', 'kitten')).toBe(3);
    expect(editDistance('pasport', 'support')).toBe(3);
    expect(editDistance('support', 'pasport')).toBe(3);
  });

  it('does not let a transposition reuse a letter (optimal string alignment: "ca" → "abc" is 3)', () => {
    expect(editDistance('ca', 'abc')).toBe(3);
  });
});

describe('deletionForms', () => {
  it('holds the word and every form with one letter deleted at depth 1', () => {
    expect([...deletionForms('sin', 1)].sort()).toEqual(['in', 'sin', 'sn', 'si'].sort());
  });

  it('goes two deletions deep at depth 2, without duplicates', () => {
    const forms = deletionForms('abcd', 2);
    expect([...forms].sort()).toEqual(['ab', 'abc', 'abcd', 'abd', 'ac', 'acd', 'ad', 'bc', 'bcd', 'bd', 'cd'].sort());
  });

  it('does not shorten forms of two letters or fewer', () => {
    expect([...deletionForms('ab', 2)]).toEqual(['ab']);
  });

  it('a typed word and a vocabulary word one slip apart share a form', () => {
    const typed = deletionForms('pasport', 1);
    expect([...deletionForms('passport', 1)].some((form) => typed.has(form))).toBe(true);
  });
});

describe('allowedEdits', () => {
  it('allows one slip up to 8 letters and two from 9', () => {
    expect(allowedEdits(4)).toBe(1);
    expect(allowedEdits(8)).toBe(1);
    expect(allowedEdits(9)).toBe(2);
  });
});
