/**
 * Pages cached by the edge with a fresh CSP nonce on every response (README "Performance, caching and several
 * instances"; the edge is nginx with deploy/nginx/guichet.conf).
 *
 * A page is rendered for the edge's shared cache only when the request proves it comes from that edge and that the
 * edge will rewrite it: the shared secret (GUICHET_EDGE_SECRET, at least 32 characters; unset = off), no content
 * coding (nginx's sub_filter cannot rewrite a compressed body), and the variant the edge keyed its cache on
 * (platform from the User-Agent and the text-only cookie, the only request headers a page's HTML depends on), which
 * must be the one the page is rendered for. Router requests (React Server Component payloads), personal pages, and
 * responses that set a cookie are never shared.
 *
 * Such a page is rendered with a placeholder nonce derived from the secret and the current minute (unguessable
 * outside; a new one each minute), announced to the edge in a response header. Its Content-Security-Policy header
 * holds two policies, the page's own with the placeholder and EDGE_GUARD_POLICY (`script-src 'none'`), so a browser
 * given the page without the edge's rewrite runs no script at all. (It cannot hold a policy without the placeholder:
 * Next.js copies the proxy's response headers over the request's, and takes the nonce it renders with from there.)
 * nginx writes one fresh random value over the placeholder in the body and in the page's policy, drops the guard,
 * hides the placeholder header, and keeps the page until the end of the minute it was rendered in (it shows open-now
 * status for that minute). Every other request gets a fresh nonce and stays private, exactly as without an edge.
 */
import { createHmac } from 'node:crypto';
import { locales, pathnames } from '../../i18n/routing';
import { platformOf } from '../geo/directions';
import { constantTimeEqual } from './constant-time';
import { edgePageCsp, newNonce, pageCsp } from './csp';

/** The shared secret, sent by the edge (nginx sets it on every request and drops any a client sends). */
export const EDGE_SECRET_HEADER = 'x-guichet-edge-secret';
/** The variant the edge keyed its cache on, as pageVariant writes it. */
export const EDGE_VARIANT_HEADER = 'x-guichet-edge-variant';
/** Response header naming the placeholder nonce to replace (nginx hides it from clients). */
export const EDGE_PLACEHOLDER_HEADER = 'x-guichet-edge-placeholder';
/** nginx's own response header for how long it may keep an answer (never passed on to clients). */
export const EDGE_EXPIRES_HEADER = 'x-accel-expires';
/** Shorter secrets are treated as a configuration mistake: edge caching stays off. */
export const MIN_EDGE_SECRET_LENGTH = 32;

/** The configured secret, or undefined when edge caching is off (GUICHET_EDGE_SECRET unset or too short). */
export function edgeSecret(env: Record<string, string | undefined> = process.env): string | undefined {
  const secret = env.GUICHET_EDGE_SECRET?.trim();
  return secret !== undefined && secret.length >= MIN_EDGE_SECRET_LENGTH ? secret : undefined;
}

/**
 * Everything in a request's headers that a page's HTML depends on: the default map app (lib/geo/directions.ts
 * platformOf) and the remembered text-only choice (lib/offline/text-only.ts; only '1' turns it on). The edge writes the
 * same line from the same headers (deploy/nginx/guichet.conf) and keys its cache on it.
 */
export function pageVariant(userAgent: string | null, textOnlyCookie: string | undefined): string {
  const textOnly = textOnlyCookie === undefined ? '0' : textOnlyCookie === '1' ? '1' : 'other';
  return `platform=${platformOf(userAgent)}; text-only=${textOnly}`;
}

export interface PageRequest {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
  /** the text-only cookie's value as the page reads it */
  textOnlyCookie: string | undefined;
  /** whether the request carries a steward session cookie (lib/reports/steward.ts) */
  stewardSession: boolean;
  /** whether the response sets a cookie (a language or text-only choice): it belongs to this person */
  setsCookie: boolean;
}

export type EdgeRefusal = 'off' | 'not-from-edge' | 'method' | 'router-request' | 'personal' | 'encoded' | 'variant' | 'sets-cookie';

export type EdgeDecision = { share: true; expiresAt: number } | { share: false; reason: EdgeRefusal };

/** Slugs of the pages whose HTML depends on who asks: the steward view reads a session cookie or a bearer token. */
const PERSONAL_SLUGS: ReadonlySet<string> = new Set(locales.map((locale) => pathnames['/stewards'][locale].slice(1)));

/** Compared decoded, as the router matches it (/en/%73tewards is the steward view too). */
function isPersonal(request: PageRequest): boolean {
  if (request.stewardSession || request.headers.has('authorization')) return true;
  return request.pathname.split('/').some((segment) => {
    try {
      return PERSONAL_SLUGS.has(decodeURIComponent(segment).toLowerCase());
    } catch {
      return true;
    }
  });
}

/** Next's own requests for a page's React Server Component payload or a server action: never shared. */
function isRouterRequest(request: PageRequest): boolean {
  for (const name of request.headers.keys()) {
    if (name === 'rsc' || name === 'next-action' || name === 'next-url' || name.startsWith('next-router-')) return true;
  }
  return new URLSearchParams(request.search).has('_rsc');
}

function isIdentityOnly(acceptEncoding: string | null): boolean {
  const value = (acceptEncoding ?? '').trim().toLowerCase();
  return value === '' || value === 'identity';
}

/** Seconds since the epoch at the end of the minute `now` is in: a page's open-now status is for that minute. */
export function endOfMinute(now: Date): number {
  return (Math.floor(now.getTime() / 60_000) + 1) * 60;
}

/** Whether this page response may go into the edge's shared cache, and until when; if not, why. */
export function edgeDecision(request: PageRequest, secret: string | undefined, now: Date): EdgeDecision {
  const refuse = (reason: EdgeRefusal): EdgeDecision => ({ share: false, reason });
  if (secret === undefined) return refuse('off');
  const presented = request.headers.get(EDGE_SECRET_HEADER);
  if (presented === null || !constantTimeEqual(presented, secret)) return refuse('not-from-edge');
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse('method');
  if (isRouterRequest(request)) return refuse('router-request');
  if (isPersonal(request)) return refuse('personal');
  if (!isIdentityOnly(request.headers.get('accept-encoding'))) return refuse('encoded');
  const variant = pageVariant(request.headers.get('user-agent'), request.textOnlyCookie);
  if (request.headers.get(EDGE_VARIANT_HEADER) !== variant) return refuse('variant');
  if (request.setsCookie) return refuse('sets-cookie');
  return { share: true, expiresAt: endOfMinute(now) };
}

/**
 * The nonce a shared page is rendered with: derived from the secret and the minute, so it cannot be guessed from
 * outside and changes every minute (a page lives in the edge's cache no longer than that). Base64url, as Next.js
 * accepts a nonce only in CSP's base64 alphabet.
 */
export function placeholderNonce(secret: string, now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  return createHmac('sha256', secret).update(`guichet edge placeholder nonce v1 ${minute}`).digest('base64url').slice(0, 32);
}

export interface PageSecurity {
  /** the nonce the page is rendered with (the page reads it for its JSON-LD) */
  nonce: string;
  /** the Content-Security-Policy header, of the response and of the request (Next.js reads its nonce there) */
  csp: string;
  /** for a shared page, what the edge needs */
  edgeHeaders: ReadonlyArray<readonly [string, string]>;
}

/** Nonce and policy of a page response: fresh and private, or shared through the edge when edgeDecision allows it. */
export function pageSecurity(
  request: PageRequest,
  options: { secret: string | undefined; tileOrigin: string; isDev: boolean; now: Date },
): PageSecurity {
  const decision = options.isDev ? undefined : edgeDecision(request, options.secret, options.now);
  if (decision?.share !== true || options.secret === undefined) {
    const nonce = newNonce();
    return { nonce, csp: pageCsp(nonce, options.tileOrigin, options.isDev), edgeHeaders: [] };
  }
  const nonce = placeholderNonce(options.secret, options.now);
  return {
    nonce,
    csp: edgePageCsp(nonce, options.tileOrigin),
    edgeHeaders: [
      [EDGE_PLACEHOLDER_HEADER, nonce],
      [EDGE_EXPIRES_HEADER, `@${decision.expiresAt}`],
    ],
  };
}
