import { pathnames, type AppLocale } from './routing';

type Template = { en: string; fr: string };

function templates(): Template[] {
  return Object.values(pathnames).map((p) => (typeof p === 'string' ? { en: p, fr: p } : p));
}

function match(template: string, segments: string[]): Record<string, string> | null {
  const parts = template.split('/').filter(Boolean);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const segment = segments[i]!;
    if (part.startsWith('[') && part.endsWith(']')) params[part.slice(1, -1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}

/**
 * The same page in the other language: `/fr/recherche?q=x` ↔ `/en/search?q=x`.
 * Works on the public (localized) URL, so the toggle is a plain link that needs no JavaScript.
 */
export function alternateHref(publicPath: string, search: string, from: AppLocale, to: AppLocale): string {
  const segments = publicPath.split('/').filter(Boolean);
  const rest = segments[0] === from ? segments.slice(1) : segments;
  const query = search && search !== '?' ? (search.startsWith('?') ? search : `?${search}`) : '';
  for (const template of templates()) {
    const params = match(template[from], rest);
    if (!params) continue;
    const target = template[to].replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? '');
    return `/${to}${target === '/' ? '' : target}${query}`;
  }
  return `/${to}`;
}
