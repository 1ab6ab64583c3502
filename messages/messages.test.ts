import { describe, expect, it } from 'vitest';
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

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]!).sort();
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
