/**
 * Text folding shared by ingest (matching names across sources), places and search. One home, so that a name folded
 * when the snapshot is built and a query folded when a person types it always meet.
 */

/** Lower-case, accent-free, punctuation-free key for matching names across sources and languages. */
export function matchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** ASCII slug fragment. */
export function slugPart(text: string): string {
  return matchKey(text).replace(/ /g, '-');
}

/**
 * Folded text for needs: like matchKey (lower case, no accents, no punctuation), except that apostrophes separate
 * words, so "l'emploi" gives "l emploi" and "I'm" gives "i m". Place names use matchKey itself ("St. John's" → "st johns").
 */
export function foldText(text: string): string {
  return matchKey(text.replace(/['’`´]/g, ' '));
}
