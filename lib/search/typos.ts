/**
 * Typo tolerance for need words: which words count as one slip from another. The need index (need.ts) stores every
 * vocabulary word under its deletion forms; a typed word's own deletion forms then meet its candidates, and the edit
 * distance keeps only real typos.
 */

/** A typo is one slip in a short word, two in a long one. */
export const allowedEdits = (length: number): number => (length >= 9 ? 2 : 1);

/** Edit distance with transpositions (optimal string alignment): "pasport" → "passport" is 1, "recieve" → "receive" is 1. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** A word and its forms with up to `depth` letters deleted (forms of two letters or fewer are not shortened further). */
export function deletionForms(word: string, depth: number): Set<string> {
  const forms = new Set<string>([word]);
  let frontier = [word];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const form of frontier) {
      if (form.length <= 2) continue;
      for (let i = 0; i < form.length; i++) {
        const shorter = form.slice(0, i) + form.slice(i + 1);
        if (!forms.has(shorter)) {
          forms.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return forms;
}
