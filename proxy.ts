import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_COOKIE, MAX_TARGET_LENGTH, languageCookie, routeRequest } from './i18n/locale-routing';
import { apiError } from './lib/api/http';
import { API_CSP, SERVICE_WORKER_CSP, newNonce, pageCsp } from './lib/security/csp';
import { textOnlyCookie } from './lib/offline/text-only';
import { tileConfig } from './lib/config';

const tileOrigin = tileConfig().origin;

/** A bilingual error page for addresses that cannot be served (no script, no style: it needs no nonce). */
function addressErrorPage(en: string, fr: string): string {
  return `<!doctype html><html lang="en-CA"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bad address – Adresse invalide | Guichet</title></head><body><main><h1>This address is not valid</h1><p>${en} Start again from the <a href="/en">Guichet home page</a>.</p><h1 lang="fr-CA">Cette adresse n’est pas valide</h1><p lang="fr-CA">${fr} Recommencez à partir de la <a href="/fr">page d’accueil de Guichet</a>.</p></main></body></html>`;
}

const ADDRESS_ERRORS = {
  'bad-path': {
    status: 400,
    code: 'invalid-path',
    message: 'The path holds invalid percent-encoding or control characters.',
    html: addressErrorPage('It holds characters that cannot be read.', 'Elle contient des caractères illisibles.'),
  },
  'too-long': {
    status: 414,
    code: 'uri-too-long',
    message: `The path and query are longer than ${MAX_TARGET_LENGTH} characters.`,
    html: addressErrorPage(`It is longer than ${MAX_TARGET_LENGTH} characters.`, `Elle dépasse ${MAX_TARGET_LENGTH} caractères.`),
  },
} as const;

function isHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || request.nextUrl.protocol === 'https:';
}

export default function proxy(request: NextRequest): NextResponse | Response {
  const url = new URL(request.url);
  const decision = routeRequest(
    url.pathname,
    url.search,
    request.cookies.get(LOCALE_COOKIE)?.value,
    request.headers.get('accept-language'),
  );

  if (decision.kind === 'bad-path' || decision.kind === 'too-long') {
    const error = ADDRESS_ERRORS[decision.kind];
    const response = url.pathname.startsWith('/api/')
      ? apiError(error.status, error.code, error.message)
      : new Response(error.html, {
          status: error.status,
          headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
        });
    response.headers.set('Content-Security-Policy', API_CSP);
    return response;
  }
  if (decision.kind === 'redirect') {
    // Resolved against nextUrl, whose origin is the one Next.js compares with: it sends the Location back relative,
    // so the redirect is right behind any proxy and under any bound host.
    const response = NextResponse.redirect(new URL(decision.location, request.nextUrl), decision.status);
    response.headers.set('Content-Security-Policy', API_CSP);
    if (decision.status === 307) response.headers.set('Vary', 'Accept-Language, Cookie');
    return response;
  }
  if (decision.kind === 'other') {
    const response = NextResponse.next();
    // The service worker's own policy governs what it may fetch: this origin only.
    response.headers.set('Content-Security-Policy', url.pathname === '/sw.js' ? SERVICE_WORKER_CSP : API_CSP);
    return response;
  }

  // Pages get a fresh nonce per request and therefore stay private (never in a shared cache, which would hand one
  // nonce to everyone). A nonce-free policy would need 'unsafe-inline': Next's experimental SRI hashes only the
  // <script src> files (webpack builds only), not the inline React payload that differs on every results page.
  // Shared caches keep the API answers (lib/api/cache.ts) and the hashed static files instead. See README
  // "Performance, caching and several instances".
  const nonce = newNonce();
  const csp = pageCsp(nonce, tileOrigin, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce for its own scripts from the request's CSP header.
  requestHeaders.set('Content-Security-Policy', csp);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('x-guichet-path', url.pathname);
  requestHeaders.set('x-guichet-search', url.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() ?? request.headers.get('host');
  const cookie = languageCookie(decision.locale, request.headers.get('referer'), host, isHttps(request));
  if (cookie !== undefined) response.headers.append('Set-Cookie', cookie);
  // ?text=1 / ?text=0 remembers or forgets the text-only (no map) choice, without JavaScript.
  const textOnly = textOnlyCookie(url.search, isHttps(request));
  if (textOnly !== undefined) response.headers.append('Set-Cookie', textOnly);
  return response;
}

export const config = {
  // Everything but Next's hashed assets (which get their own strict policy from next.config.mjs).
  matcher: ['/((?!_next/static|_next/image).*)'],
};
