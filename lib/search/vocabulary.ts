import phrasing from '../../data/vocabulary/phrasing.json';
import organizationAliases from '../../data/vocabulary/organizations.json';
import { foldText } from '../text/fold';

/**
 * How residents say what they need (data/vocabulary/phrasing.json), compiled once into look-up tables: words that
 * carry no need (filler), words that say who or what without being the need (context, weighed little), words that
 * mean the same thing written one way (concepts: "perdu", "lost", "perte" → "lost"), and multi-word expressions
 * rewritten before the words are read ("laid off" → "lost job"). The same reading applies to the catalogue's names
 * and synonyms and to the query, so "j'ai perdu ma job" meets the synonym "lost my job" word for word.
 */

interface PhrasingFile {
  filler: Record<'en' | 'fr', string[]>;
  context: { weight: number; words: string[] };
  concepts: Record<string, string[]>;
  expressions: Record<'en' | 'fr', Record<string, string>>;
}

const data = phrasing as unknown as PhrasingFile;

const fold = (text: string): string => foldText(text);

/** surface word → the concept it is written as */
const CANONICAL = new Map<string, string>();
for (const [concept, words] of Object.entries(data.concepts)) {
  if (concept.startsWith('$')) continue;
  for (const word of words) CANONICAL.set(fold(word), concept);
}

/** Words that never carry a need; a word that is also a concept (French "son", English "son") is read as the concept. */
const FILLER = new Set([...data.filler.en, ...data.filler.fr].map(fold).filter((word) => !CANONICAL.has(word)));

export const CONTEXT_WEIGHT = data.context.weight;
const CONTEXT = new Set(data.context.words.map(fold));

/** Multi-word expressions, longest first, as one regular expression over folded text. */
const EXPRESSIONS = new Map<string, string>();
for (const table of [data.expressions.en, data.expressions.fr]) {
  for (const [expression, replacement] of Object.entries(table))
    if (!expression.startsWith('$')) EXPRESSIONS.set(fold(expression), fold(replacement));
}
const EXPRESSION_PATTERN =
  EXPRESSIONS.size > 0
    ? new RegExp(
        `(?:^| )(${[...EXPRESSIONS.keys()]
          .sort((a, b) => b.length - a.length)
          .map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('|')})(?= |$)`,
        'g',
      )
    : null;

/** A word of a need and how much it counts: 1 for a word that names the need, less for context ("card", kin). */
export interface NeedTerm {
  word: string;
  weight: number;
}

/** Folded text with its expressions rewritten ("passed away" → "death"). */
function rewrite(folded: string): string {
  if (!EXPRESSION_PATTERN || !folded) return folded;
  return folded.replace(EXPRESSION_PATTERN, (whole, expression: string) => whole.replace(expression, EXPRESSIONS.get(expression)!));
}

/**
 * The words of a need as the matcher reads them: expressions rewritten, filler and single letters dropped, each word
 * written as its concept, repeated words once (the heavier weight kept).
 */
export function needTerms(text: string, known?: (word: string) => boolean): NeedTerm[] {
  const folded = rewrite(fold(text));
  if (!folded) return [];
  let words = folded.split(' ');
  // Two typed words the vocabulary knows as one ("service ontario" → "serviceontario", "early on" → "earlyon").
  if (known && words.length > 1) {
    const joined: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const pair = i + 1 < words.length && words[i]!.length > 1 && words[i + 1]!.length > 1 ? words[i]! + words[i + 1]! : '';
      // only when a word alone is unknown: "service canada" stays two known words, "early on" becomes "earlyon"
      if (pair && (!known(words[i]!) || !known(words[i + 1]!)) && known(pair)) {
        joined.push(pair);
        i++;
      } else joined.push(words[i]!);
    }
    words = joined;
  }
  const terms: NeedTerm[] = [];
  const seen = new Map<string, number>();
  for (const raw of words) {
    if (raw.length < 2 || FILLER.has(raw)) continue;
    const word = CANONICAL.get(raw) ?? raw;
    const weight = CONTEXT.has(word) ? CONTEXT_WEIGHT : 1;
    const at = seen.get(word);
    if (at === undefined) seen.set(word, terms.push({ word, weight }) - 1);
    else if (terms[at]!.weight < weight) terms[at]!.weight = weight;
  }
  return terms;
}

/** Words that carry the need, without concepts or weights: for matching point names ("Service Canada Perth"). */
export function plainContentWords(text: string): string[] {
  return fold(text)
    .split(' ')
    .filter((word) => word.length > 1 && !FILLER.has(word));
}

export interface OrganizationAlias {
  /** organization id in the snapshot or the catalogue */
  id: string;
  /** other names people use: abbreviations, spellings with a space, common misspellings, former names */
  names: string[];
  /** where the name comes from */
  source: string;
}

/** Names people give organizations beyond their own (data/vocabulary/organizations.json). */
export function organizationAliasList(): readonly OrganizationAlias[] {
  return (organizationAliases as { aliases: OrganizationAlias[] }).aliases;
}
