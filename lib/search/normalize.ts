import { matchKey } from '../ingest/text';

/**
 * Folded text for needs: like matchKey (lower case, no accents, no punctuation), except that apostrophes separate
 * words, so "l'emploi" gives "l emploi" and "I'm" gives "i m". Place names use matchKey itself ("St. John's" → "st johns").
 */
export function foldText(text: string): string {
  return matchKey(text.replace(/['’`´]/g, ' '));
}

/** Words of a folded text. */
export function tokens(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}
