import { describe, expect, it } from 'vitest';
import { isTextOnly, textOnlyCookie, textOnlyHref } from './text-only';

describe('text-only mode', () => {
  it('is remembered when asked for and forgotten when undone', () => {
    expect(textOnlyCookie('?q=passport&text=1', true)).toBe('guichet-text-only=1; Path=/; Max-Age=31536000; SameSite=Lax; Secure');
    expect(textOnlyCookie('?text=0', false)).toBe('guichet-text-only=; Path=/; Max-Age=0; SameSite=Lax');
    expect(textOnlyCookie('?q=passport', false)).toBeUndefined();
    expect(textOnlyCookie('?text=yes', false)).toBeUndefined();
  });
  it('follows the URL first, then the remembered choice', () => {
    expect(isTextOnly('1', undefined)).toBe(true);
    expect(isTextOnly('0', '1')).toBe(false);
    expect(isTextOnly(undefined, '1')).toBe(true);
    expect(isTextOnly(undefined, undefined)).toBe(false);
    expect(isTextOnly(['1', '0'], undefined)).toBe(true);
  });
  it('keeps the rest of the query in its links', () => {
    expect(textOnlyHref('/fr/recherche', '?q=passeport&near=E1C', true)).toBe('/fr/recherche?q=passeport&near=E1C&text=1');
    expect(textOnlyHref('/en/locations/x', '?text=1', false)).toBe('/en/locations/x?text=0');
  });
});
