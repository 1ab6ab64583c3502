import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './app/_i18n/routing';
import { API_CSP, newNonce, pageCsp } from './lib/security/csp';
import { tileConfig } from './lib/config';

const handleI18nRouting = createMiddleware(routing);
const tileOrigin = tileConfig().origin;

export default function proxy(request: NextRequest): NextResponse {
  if (request.nextUrl.pathname.startsWith('/api/')) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', API_CSP);
    return response;
  }
  const nonce = newNonce();
  const csp = pageCsp(nonce, tileOrigin, process.env.NODE_ENV === 'development');
  // Next.js reads the nonce for its own scripts from the request's CSP header.
  request.headers.set('Content-Security-Policy', csp);
  request.headers.set('x-nonce', nonce);
  request.headers.set('x-guichet-path', request.nextUrl.pathname);
  request.headers.set('x-guichet-search', request.nextUrl.search);
  const response = handleI18nRouting(request);
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Everything except Next's hashed static assets and files with an extension (icons, robots.txt).
  matcher: ['/((?!_next/static|_next/image|.*\\..*).*)', '/api/:path*'],
};
