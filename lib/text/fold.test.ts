import { describe, expect, it } from 'vitest';
import { foldText, matchKey, slugPart } from './fold';

describe('text folding', () => {
  it('matches names across accents, case and apostrophes', () => {
    expect(matchKey('St. John’s')).toBe(matchKey('st johns'));
    expect(matchKey('Île-à-la-Crosse')).toBe('ile a la crosse');
  });
  it('makes ASCII slug fragments', () => {
    expect(slugPart('Montréal (Centre-ville)')).toBe('montreal-centre-ville');
  });
  it('splits words at apostrophes for needs, unlike place keys', () => {
    expect(foldText("l'Assurance-emploi")).toBe('l assurance emploi');
    expect(matchKey("l'Assurance-emploi")).toBe('lassurance emploi');
  });
});
