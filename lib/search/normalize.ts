/** Lower-case, strip accents and punctuation, collapse spaces: "Trois-Rivières" → "trois rivieres". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words of a folded text. */
export function tokens(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}
