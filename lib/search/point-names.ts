import type { SearchIndex } from './search-index';
import { contentWords } from './need';
import { firstAtOrAfter } from './sorted-words';

/** Points whose name or town contains every word of the query (the last word may be a prefix); null when none do. */
export function pointsByName(index: Pick<SearchIndex, 'nameWords' | 'pointsByNameWord'>, query: string): Int32Array | null {
  const words = contentWords(query);
  if (words.length === 0) return null;
  let result: Set<number> | undefined;
  for (const [n, word] of words.entries()) {
    const found = new Set<number>();
    const isLast = n === words.length - 1;
    for (let i = firstAtOrAfter(index.nameWords, word); i < index.nameWords.length; i++) {
      const candidate = index.nameWords[i]!;
      if (candidate !== word && !(isLast && candidate.startsWith(word))) break;
      for (const p of index.pointsByNameWord.get(candidate)!) found.add(p);
    }
    const previous: Set<number> | undefined = result;
    result = previous === undefined ? found : new Set([...previous].filter((p) => found.has(p)));
    if (result.size === 0) return null;
  }
  return result ? Int32Array.from(result) : null;
}
