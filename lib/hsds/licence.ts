import type { Localized, Provenance } from '../model/schema';

/**
 * Whether a source's licence lets anyone redistribute its records. Only a licence that is stated and open counts:
 * "Not stated", "unconfirmed", canada.ca terms (non-commercial reproduction only) and anything unrecognised are
 * restricted. The reason is given in both languages.
 */
export interface LicenceStatus {
  redistribution: 'open' | 'restricted';
  reason: { en: string; fr: string };
}

const RESTRICTIVE: Array<{ test: RegExp; en: string; fr: string }> = [
  {
    test: /not an open licence|canada\.ca terms/i,
    en: 'canada.ca terms allow non-commercial reproduction only; not an open licence',
    fr: 'les conditions de canada.ca ne permettent que la reproduction non commerciale; pas une licence ouverte',
  },
  {
    test: /not stated|none stated|no data licence|no licence/i,
    en: 'no licence is stated for the data; reuse rights unconfirmed',
    fr: 'aucune licence n’est indiquée pour les données; droits de réutilisation non confirmés',
  },
  { test: /unconfirmed/i, en: 'the licence is unconfirmed', fr: 'la licence n’est pas confirmée' },
];

const OPEN: RegExp[] = [
  /open government licen[cs]e/i,
  /statistics canada open licen[cs]e/i,
  /\bCC BY(-SA)? 4\.0\b/i,
  /\bMIT License\b/i,
  /licence ouverte|licence du gouvernement ouvert/i,
];

export function licenceStatus(licence: string): LicenceStatus {
  for (const rule of RESTRICTIVE) {
    if (rule.test.test(licence)) return { redistribution: 'restricted', reason: { en: rule.en, fr: rule.fr } };
  }
  if (OPEN.some((re) => re.test(licence))) return { redistribution: 'open', reason: { en: 'open licence', fr: 'licence ouverte' } };
  return { redistribution: 'restricted', reason: { en: 'licence not recognised as open', fr: 'licence non reconnue comme ouverte' } };
}

/** A record may be redistributed only when every source it was built from may be. */
export function recordLicence(provenance: Array<Pick<Provenance, 'sourceId' | 'licence'>>): LicenceStatus & { restrictedBy: string[] } {
  if (provenance.length === 0)
    return { redistribution: 'open', reason: { en: 'compiled by Guichet', fr: 'compilé par Guichet' }, restrictedBy: [] };
  const restricted = provenance.filter((p) => licenceStatus(p.licence).redistribution === 'restricted');
  if (restricted.length === 0) return { ...licenceStatus(provenance[0]?.licence ?? ''), restrictedBy: [] };
  const first = licenceStatus(restricted[0]!.licence);
  return { redistribution: 'restricted', reason: first.reason, restrictedBy: [...new Set(restricted.map((p) => p.sourceId))] };
}

/** Records Guichet compiles itself (organization names, catalogue, vocabularies). */
export const GUICHET_LICENCE =
  'Guichet compilation: names of public bodies and Guichet’s own vocabularies, free to reuse with attribution (“Guichet”)';

export function pick(text: Localized | undefined, lang: 'en' | 'fr'): string | undefined {
  if (!text) return undefined;
  return lang === 'fr' ? (text.fr ?? text.en) : (text.en ?? text.fr);
}

export function other(text: Localized | undefined, lang: 'en' | 'fr'): string | undefined {
  if (!text) return undefined;
  const o = lang === 'fr' ? text.en : text.fr;
  return o !== undefined && o !== pick(text, lang) ? o : undefined;
}
