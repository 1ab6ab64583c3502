/** Content-Security-Policy for HTML pages: scripts and styles only from self plus this response's nonce. */
export function pageCsp(nonce: string, tileOrigin: string, isDev = false): string {
  return pagePolicy(`'nonce-${nonce}'`, tileOrigin, isDev);
}

/**
 * A second policy sent with a page rendered for the edge's cache (lib/security/edge.ts): a browser enforces every
 * policy it is given, so until the edge has replaced the pair with the page's policy and a fresh nonce, no script may
 * run, whatever nonce the page carries. A page that reaches a browser without the edge's rewrite fails closed.
 */
export const EDGE_GUARD_POLICY = "script-src 'none'";

/** The header of a page rendered for the edge: its own policy with the placeholder nonce, then the guard. */
export function edgePageCsp(placeholder: string, tileOrigin: string): string {
  return `${pageCsp(placeholder, tileOrigin)}, ${EDGE_GUARD_POLICY}`;
}

function pagePolicy(nonceSource: string, tileOrigin: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${nonceSource} 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' ${nonceSource}`,
    `img-src 'self' data: blob: ${tileOrigin}`,
    "font-src 'self'",
    "connect-src 'self'",
    // The offline service worker (/sw.js) and the web app manifest come from this origin only.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Policy for JSON and other non-HTML responses: nothing may run or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Policy delivered with /sw.js, which governs the service worker itself: it may fetch and cache this origin's pages
 * and assets, and nothing else (no other origin, no script imports, no framing).
 */
export const SERVICE_WORKER_CSP = "default-src 'none'; connect-src 'self'; frame-ancestors 'none'";

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
