import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_COOKIE, MAX_TARGET_LENGTH, languageCookie, routeRequest } from './i18n/locale-routing';
import { apiError } from './lib/api/http';
import { API_CSP, SERVICE_WORKER_CSP } from './lib/security/csp';
import { EDGE_SECRET_HEADER, EDGE_VARIANT_HEADER, edgeSecret, pageSecurity } from './lib/security/edge';
import { TEXT_ONLY_COOKIE, textOnlyCookie } from './lib/offline/text-only';
import { tileConfig } from './lib/config';
import { STEWARD_COOKIE } from './lib/reports/steward';

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

  // Pages get a fresh nonce per request and stay private (a shared cache would hand one nonce to everyone), except
  // behind the edge that caches them and writes a fresh nonce into every response (lib/security/edge.ts). A
  // nonce-free policy would need 'unsafe-inline': Next's experimental SRI hashes only the <script src> files (webpack
  // builds only), not the inline React payload that differs on every results page. See README "Performance, caching
  // and several instances".
  const https = isHttps(request);
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() ?? request.headers.get('host');
  const cookies = [
    languageCookie(decision.locale, request.headers.get('referer'), host, https),
    // ?text=1 / ?text=0 remembers or forgets the text-only (no map) choice, without JavaScript.
    textOnlyCookie(url.search, https),
  ].filter((cookie) => cookie !== undefined);
  const security = pageSecurity(
    {
      method: request.method,
      pathname: url.pathname,
      search: url.search,
      headers: request.headers,
      textOnlyCookie: request.cookies.get(TEXT_ONLY_COOKIE)?.value,
      stewardSession: request.cookies.has(STEWARD_COOKIE),
      setsCookie: cookies.length > 0,
    },
    { secret: edgeSecret(), tileOrigin, isDev: process.env.NODE_ENV === 'development', now: new Date() },
  );
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete(EDGE_SECRET_HEADER);
  requestHeaders.delete(EDGE_VARIANT_HEADER);
  // Next.js reads the nonce for its own scripts from the request's CSP header (after copying the response's headers
  // over the request's: the two policies are the same).
  requestHeaders.set('Content-Security-Policy', security.csp);
  requestHeaders.set('x-nonce', security.nonce);
  requestHeaders.set('x-guichet-path', url.pathname);
  requestHeaders.set('x-guichet-search', url.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', security.csp);
  for (const [name, value] of security.edgeHeaders) response.headers.set(name, value);
  for (const cookie of cookies) response.headers.append('Set-Cookie', cookie);
  return response;
}

export const config = {
  // Everything but Next's hashed assets (which get their own strict policy from next.config.mjs).
  matcher: ['/((?!_next/static|_next/image).*)'],
};
