import { foldText } from '../text/fold';
import { needTerms, plainContentWords, type NeedTerm } from './vocabulary';
import { allowedEdits, deletionForms, editDistance } from './typos';
import { firstAtOrAfter } from './sorted-words';

/** Something a need can match: a catalogue service, a life event, a kind of service point, or an organization. */
export interface NeedEntry {
  id: string;
  kind: 'service' | 'life-event' | 'location-type' | 'organization';
  names: string[];
  synonyms: string[];
  /**
   * A secondary entry (a federal service known only from the GC Service Inventory): found by its name like any other,
   * but it ranks after primary entries for equal or near-equal matches (see `rankScore`).
   */
  secondary?: boolean;
}

export interface NeedMatch {
  id: string;
  kind: NeedEntry['kind'];
  /** 1 = the query is exactly a name or synonym; lower = partial or fuzzy */
  relevance: number;
  via: 'exact' | 'words';
}

/** Abbreviations (EI, NAS, SIN, CPP) are matched exactly: a fuzzy match on 2–3 letters is only noise. */
const MIN_FUZZY_WORD_LENGTH = 4;
const MIN_RELEVANCE = 0.45;
/** Matches much weaker than the best one are dropped rather than ranked last. */
const MARGIN = 0.3;
/**
 * A query word that is, on its own, a whole name or synonym ("NAS", "passport", "pogey") names the need whatever else
 * is said around it: "j'ai perdu ma carte NAS" scores at least this much (plus a share of how much of the query it
 * covers), so extra words never push a known abbreviation under the cutoff.
 */
const KEYWORD_FLOOR = 0.7;
/** An organization is named clearly or not at all: a few shared words ("community centre") are not its name. */
const MIN_ORGANIZATION_RELEVANCE = 0.8;

interface Phrase {
  entry: number;
  words: string[];
  /** the phrase's one word, when it is a single word that names the need ("NAS", "pogey", "passport") */
  keyword?: string;
}

export interface NeedIndex {
  entries: readonly NeedEntry[];
  phrases: Phrase[];
  /** folded phrase → entries it names exactly */
  exact: Map<string, number[]>;
  /** vocabulary word → phrases containing it */
  postings: Map<string, number[]>;
  /**
   * Typo look-up (symmetric deletion): each vocabulary word under itself and every form with one letter deleted (two
   * for words of 9 letters or more). A typed word's own deletion forms then meet every word within its allowed edits,
   * with a few map look-ups instead of a fuzzy scan of the whole vocabulary.
   */
  deletions: Map<string, string[]>;
  /** sorted vocabulary, for prefix look-ups ("immigr" → "immigration") */
  sortedVocabulary: string[];
  /** ids of the secondary entries */
  secondary: Set<string>;
}

/** Words that carry the need, as typed: no filler, no single letters left by contractions ("I'm", "l'emploi"). */
export function contentWords(text: string): string[] {
  return plainContentWords(text);
}

/** How much a partial match on a secondary entry counts less than the same match on a primary (curated) entry. */
export const SECONDARY_HANDICAP = 0.1;

/**
 * The score results are ranked by: the relevance, less a handicap for a secondary entry unless the query names it
 * exactly. So the 1,100 services known only from the GC Service Inventory rank after curated entries for equal or
 * near-equal matches, yet a query that names one of them, or matches it clearly better, still finds it first.
 */
export function rankScore(relevance: number, secondary: boolean): number {
  return secondary && relevance < 1 ? relevance - SECONDARY_HANDICAP : relevance;
}

export function buildNeedIndex(entries: readonly NeedEntry[]): NeedIndex {
  const phrases: Phrase[] = [];
  const exact = new Map<string, number[]>();
  const postings = new Map<string, number[]>();
  entries.forEach((entry, entryIndex) => {
    for (const text of [...entry.names, ...entry.synonyms]) {
      const folded = foldText(text);
      if (!folded) continue;
      const list = exact.get(folded) ?? [];
      if (!list.includes(entryIndex)) list.push(entryIndex);
      exact.set(folded, list);
      const terms = needTerms(text);
      if (terms.length === 0) continue;
      const phrase: Phrase = { entry: entryIndex, words: terms.map((term) => term.word) };
      if (terms.length === 1 && terms[0]!.weight === 1) phrase.keyword = terms[0]!.word;
      const phraseIndex = phrases.push(phrase) - 1;
      for (const word of phrase.words) (postings.get(word) ?? postings.set(word, []).get(word)!).push(phraseIndex);
    }
  });
  const deletions = new Map<string, string[]>();
  for (const word of postings.keys()) {
    if (word.length < MIN_FUZZY_WORD_LENGTH - 1) continue;
    for (const form of deletionForms(word, allowedEdits(word.length)))
      (deletions.get(form) ?? deletions.set(form, []).get(form)!).push(word);
  }
  const secondary = new Set(entries.filter((entry) => entry.secondary === true).map((entry) => entry.id));
  return { entries, phrases, exact, postings, deletions, sortedVocabulary: [...postings.keys()].sort(), secondary };
}

/** Typos found for one typed word: the closest few are enough. */
const MAX_TYPO_CANDIDATES = 4;

/** Vocabulary words a typed word may stand for, with a similarity in (0, 1]. */
function similarWords(word: string, index: NeedIndex): Array<[string, number]> {
  const found = new Map<string, number>();
  if (index.postings.has(word)) found.set(word, 1);
  if (word.length < MIN_FUZZY_WORD_LENGTH) return [...found];
  // Prefixes count: "retrait" → "retraite", "immigr" → "immigration".
  for (
    let i = firstAtOrAfter(index.sortedVocabulary, word);
    i < index.sortedVocabulary.length && index.sortedVocabulary[i]!.startsWith(word);
    i++
  ) {
    const candidate = index.sortedVocabulary[i]!;
    if (!found.has(candidate)) found.set(candidate, 0.95 - 0.02 * Math.min(5, candidate.length - word.length));
  }
  // A word we know, or the start of one, is not a typo: fuzzy matching it only adds noise ("dental" ≠ "parental").
  if (found.size > 0) return [...found];
  const typos = new Map<string, number>();
  for (const form of deletionForms(word, allowedEdits(word.length))) {
    for (const candidate of index.deletions.get(form) ?? []) {
      if (typos.has(candidate)) continue;
      // the deletion forms find candidates; the edit distance keeps only real typos ("pasport" → "passport", not "support")
      const edits = editDistance(word, candidate);
      typos.set(candidate, edits > allowedEdits(word.length) ? 0 : Math.min(0.9, 1 - edits / Math.max(word.length, candidate.length)));
    }
  }
  const closest = [...typos].filter(([, similarity]) => similarity > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [candidate, similarity] of closest.slice(0, MAX_TYPO_CANDIDATES)) found.set(candidate, similarity);
  return [...found];
}

/**
 * Matches a need in English and French at once, accent- and case-insensitive and typo-tolerant.
 * Exact names, synonyms and abbreviations win outright; otherwise each phrase scores by how much of the query it
 * covers (with fuzzy word matches) and how much of the phrase the query covers.
 */
export function matchNeed(query: string, index: NeedIndex, limit = 12): NeedMatch[] {
  const folded = foldText(query);
  if (!folded) return [];
  const best = new Map<number, NeedMatch>();
  const add = (entryIndex: number, relevance: number, via: NeedMatch['via']) => {
    const previous = best.get(entryIndex);
    if (!previous || previous.relevance < relevance) {
      const entry = index.entries[entryIndex]!;
      best.set(entryIndex, { id: entry.id, kind: entry.kind, relevance, via });
    }
  };
  for (const entryIndex of index.exact.get(folded) ?? []) add(entryIndex, 1, 'exact');

  // "Service Ontario", "Work BC": two typed words that the vocabulary knows as one are read as one.
  const terms: NeedTerm[] = needTerms(query, (word) => index.postings.has(word));
  if (terms.length > 0) {
    const totalWeight = terms.reduce((sum, term) => sum + term.weight, 0);
    // phrase → best similarity for each query word
    const coverage = new Map<number, Float64Array>();
    terms.forEach(({ word }, w) => {
      for (const [similar, similarity] of similarWords(word, index)) {
        for (const phraseIndex of index.postings.get(similar) ?? []) {
          const row = coverage.get(phraseIndex) ?? coverage.set(phraseIndex, new Float64Array(terms.length)).get(phraseIndex)!;
          if (row[w]! < similarity) row[w] = similarity;
        }
      }
    });
    for (const [phraseIndex, row] of coverage) {
      const phrase = index.phrases[phraseIndex]!;
      // The query's words weigh what they carry: "card" or "mom" counts less than "NAS" or "died"; filler is not there
      // at all. The phrase's words count alike: a phrase that says more than the query is a more specific need.
      let covered = 0;
      let matchedWords = 0;
      let keywordHit = false;
      for (let w = 0; w < row.length; w++) {
        const similarity = row[w]!;
        if (similarity === 0) continue;
        const term = terms[w]!;
        covered += term.weight * similarity;
        matchedWords += 1;
        if (similarity === 1 && term.word === phrase.keyword) keywordHit = true;
      }
      const queryCovered = covered / totalWeight;
      const phraseCovered = Math.min(1, matchedWords / phrase.words.length);
      let relevance = queryCovered * (0.55 + 0.45 * phraseCovered);
      if (keywordHit) relevance = Math.max(relevance, KEYWORD_FLOOR + (1 - KEYWORD_FLOOR) * queryCovered);
      if (relevance >= MIN_RELEVANCE) add(phrase.entry, relevance, 'words');
    }
  }
  // An organization is named clearly, and not in place of a program named outright ("BC Services Card" is not Service BC).
  let namedOutright = 0;
  for (const match of best.values()) if (match.kind !== 'organization' && match.relevance > namedOutright) namedOutright = match.relevance;
  for (const [entryIndex, match] of best) {
    if (match.kind === 'organization' && (match.relevance < MIN_ORGANIZATION_RELEVANCE || match.relevance < namedOutright))
      best.delete(entryIndex);
  }

  const isSecondary = (match: NeedMatch): boolean => index.secondary.has(match.id);
  const ranked = [...best.values()].sort(
    (a, b) =>
      rankScore(b.relevance, isSecondary(b)) - rankScore(a.relevance, isSecondary(a)) ||
      Number(isSecondary(a)) - Number(isSecondary(b)) ||
      a.id.localeCompare(b.id),
  );
  const top = Math.max(0, ...ranked.map((match) => match.relevance));
  return ranked.filter((m) => rankScore(m.relevance, isSecondary(m)) >= top - MARGIN).slice(0, limit);
}

/**
 * Entries with a name or synonym holding one of the query's meaningful words as written (no typos, no prefixes):
 * among the programs of a matched life event, these answer the query more closely ("my mom died": the death benefit
 * before the tax return).
 */
export function entriesNaming(query: string, index: NeedIndex): Set<string> {
  const ids = new Set<string>();
  for (const term of needTerms(query)) {
    if (term.weight < 1) continue;
    for (const phraseIndex of index.postings.get(term.word) ?? []) ids.add(index.entries[index.phrases[phraseIndex]!.entry]!.id);
  }
  return ids;
}
