import { pathnames, isAppLocale, locales, routing, type AppLocale } from './routing';

/**
 * What the proxy does with a request, decided from its path and headers alone. No internal rewrites: French slugs are
 * real route folders (app/[locale]/recherche…), because a rewrite in the proxy leaves the process when the server is
 * bound to 127.0.0.1 or sits behind a TLS-terminating proxy (Next.js turns the host into "localhost").
 */
export type RoutingDecision =
  | { kind: 'bad-path' }
  | { kind: 'too-long' }
  | { kind: 'redirect'; location: string; status: 307 | 308 }
  | { kind: 'page'; locale: AppLocale }
  | { kind: 'other' };

export const LOCALE_COOKIE = 'NEXT_LOCALE';
/** Longest path + query served: a search with every filter is under 1,000 characters; redirects echo the target. */
export const MAX_TARGET_LENGTH = 4096;
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

const CONTROL = /[\u0000-\u001f\u007f]/;

/** Each path segment must be valid percent-encoded UTF-8 with no control characters once decoded. */
export function isValidPath(rawPath: string): boolean {
  for (const segment of rawPath.split('/')) {
    try {
      if (CONTROL.test(decodeURIComponent(segment))) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** The language to send someone to: the one they chose before (cookie), else their browser's first en/fr, else English. */
export function preferredLocale(cookieLocale: string | undefined, acceptLanguage: string | null): AppLocale {
  if (cookieLocale !== undefined && isAppLocale(cookieLocale)) return cookieLocale;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && Number.isFinite(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isAppLocale) ?? routing.defaultLocale;
}

function templateMatches(template: string, segments: string[]): boolean {
  const parts = template.split('/').filter(Boolean);
  return parts.length === segments.length && parts.every((part, i) => (part.startsWith('[') && part.endsWith(']')) || part === segments[i]);
}

/** `rest` (the path after the language) written with the other language's slugs: the same page in this language. */
function pathInOwnLanguage(locale: AppLocale, rest: string[]): string | undefined {
  const other = locales.find((l) => l !== locale)!;
  for (const entry of Object.values(pathnames)) {
    if (typeof entry === 'string') continue;
    if (entry[locale] === entry[other] || !templateMatches(entry[other], rest) || templateMatches(entry[locale], rest)) continue;
    const own = entry[locale].split('/').filter(Boolean);
    return `/${locale}/${own.map((part, i) => (part.startsWith('[') ? rest[i] : part)).join('/')}`;
  }
  return undefined;
}

export function routeRequest(
  rawPath: string,
  search: string,
  cookieLocale: string | undefined,
  acceptLanguage: string | null,
): RoutingDecision {
  if (rawPath.length + search.length > MAX_TARGET_LENGTH) return { kind: 'too-long' };
  if (!isValidPath(rawPath)) return { kind: 'bad-path' };
  if (rawPath.startsWith('/api/') || rawPath === '/api') return { kind: 'other' };
  if (rawPath.length > 1 && rawPath.endsWith('/'))
    return { kind: 'redirect', location: `${rawPath.replace(/\/+$/, '') || '/'}${search}`, status: 308 };
  const segments = rawPath.split('/').filter(Boolean);
  const first = segments[0];
  if (first === undefined) return { kind: 'redirect', location: `/${preferredLocale(cookieLocale, acceptLanguage)}${search}`, status: 307 };
  if (isAppLocale(first)) {
    const own = pathInOwnLanguage(first, segments.slice(1));
    return own === undefined ? { kind: 'page', locale: first } : { kind: 'redirect', location: `${own}${search}`, status: 308 };
  }
  // /EN, /Fr/recherche: the language typed in capitals is still the language (not a page under the other one)
  const lowered = first.toLowerCase();
  if (isAppLocale(lowered)) return { kind: 'redirect', location: `/${[lowered, ...segments.slice(1)].join('/')}${search}`, status: 308 };
  // root-level files: /favicon.ico, /robots.txt
  if (segments.length === 1 && first.includes('.')) return { kind: 'other' };
  return { kind: 'redirect', location: `/${preferredLocale(cookieLocale, acceptLanguage)}${rawPath}${search}`, status: 307 };
}

function localeOfPath(path: string): AppLocale | undefined {
  const first = path.split('/').filter(Boolean)[0];
  return first !== undefined && isAppLocale(first) ? first : undefined;
}

/**
 * The language cookie is set only when the person changes language: a page in one language reached from a page of
 * this site in the other (the language toggle is a plain link, so this needs no JavaScript). Secure over HTTPS.
 */
export function languageCookie(locale: AppLocale, referer: string | null, host: string | null, https: boolean): string | undefined {
  if (referer === null || host === null) return undefined;
  let from: URL;
  try {
    from = new URL(referer);
  } catch {
    return undefined;
  }
  const previous = localeOfPath(from.pathname);
  if (from.host !== host || previous === undefined || previous === locale) return undefined;
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${https ? '; Secure' : ''}`;
}
