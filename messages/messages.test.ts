import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { frenchElision } from '@/lib/i18n-text';
import en from './en.json';
import fr from './fr.json';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function leaves(tree: Tree): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value] as [string, string]] : leaves(value)));
}

/** The arguments a message uses; `elision` is French's own choice between "de" and "d’" (lib/i18n-text frenchElision). */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]!))].filter((name) => name !== 'elision').sort();
}

describe('message catalogues', () => {
  it('have the same keys in English and French', () => {
    const enKeys = keys(en as Tree).sort();
    const frKeys = keys(fr as Tree).sort();
    expect(frKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !frKeys.includes(k))).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const frByKey = new Map(keys(fr as Tree).map((k) => [k, k.split('.').reduce<Tree | string>((t, p) => (t as Tree)[p]!, fr as Tree)]));
    for (const key of keys(en as Tree)) {
      const enText = key.split('.').reduce<Tree | string>((t, p) => (t as Tree)[p]!, en as Tree) as string;
      expect(placeholders(frByKey.get(key) as string), key).toEqual(placeholders(enText));
    }
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...leaves(en as Tree), ...leaves(fr as Tree)]) expect(value.trim(), key).not.toBe('');
  });

  it('leave no English sentence untranslated on the French side', () => {
    const identical = leaves(fr as Tree).filter(([key, value]) => {
      const enValue = leaves(en as Tree).find(([k]) => k === key)?.[1];
      return enValue === value && value.length > 12 && /[a-z]{4,} [a-z]{4,}/i.test(value);
    });
    expect(identical).toEqual([]);
  });
});

describe('French elision', () => {
  const t = (locale: 'en' | 'fr') => createTranslator({ locale, messages: locale === 'fr' ? fr : en });
  it('writes "d’" before a vowel and "de" otherwise, where a name follows "de"', () => {
    const summary = (locale: 'en' | 'fr', place: string) => t(locale)('Search.summary', { total: 3, place, elision: frenchElision(place) });
    expect(summary('fr', 'Ottawa, ON')).toBe('3 lieux, du plus proche au plus loin d’Ottawa, ON');
    expect(summary('fr', 'Îles-de-la-Madeleine, QC')).toBe('3 lieux, du plus proche au plus loin d’Îles-de-la-Madeleine, QC');
    expect(summary('fr', 'Toronto, ON')).toBe('3 lieux, du plus proche au plus loin de Toronto, ON');
    expect(summary('fr', 'Halifax, NS')).toBe('3 lieux, du plus proche au plus loin de Halifax, NS');
    expect(summary('en', 'Ottawa, ON')).toBe('3 places, nearest to Ottawa, ON first');
    const host = 'Anciens Combattants Canada';
    expect(t('fr')('Location.siteOf', { host, order: 'Fédéral', elision: frenchElision(host) })).toBe(
      'un lieu d’Anciens Combattants Canada (Fédéral)',
    );
  });
});

describe('counts', () => {
  it('agree in number and are grouped as each language writes them', () => {
    const inFrench = createTranslator({ locale: 'fr', messages: fr });
    const inEnglish = createTranslator({ locale: 'en', messages: en });
    expect(inFrench('Planning.layerOption', { label: 'Ville de Toronto', points: 1 })).toBe('Ville de Toronto (1 point)');
    expect(inFrench('Planning.layerOption', { label: 'Tout gouvernement', points: 1761 })).toMatch(/^Tout gouvernement \(1\s761 points\)$/);
    expect(inEnglish('Planning.layerOption', { label: 'Any government', points: 1761 })).toBe('Any government (1,761 points)');
    const counts = { read: 1645, imported: 1644, merged: 0, rejected: 1 };
    expect(inFrench('About.counts', counts)).toMatch(/^1\s645 lues, 1\s644 importées, 0 fusionnée avec d’autres fiches, 1 non retenue$/);
    expect(inEnglish('About.counts', counts)).toBe('1,645 read, 1,644 imported, 0 merged into other records, 1 not used');
  });
});
