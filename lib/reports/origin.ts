/**
 * CSRF defence for every POST of the reports feature: the request must come from a page of this same origin.
 * Browsers send Sec-Fetch-Site on every request (Chrome, Firefox, Safari since 2023) and Origin on every POST; a
 * request carrying neither is refused, so a form on another site, or a script without them, cannot post here.
 * The host compared with is the one the browser used (X-Forwarded-Host behind a proxy, else Host); the scheme is not
 * compared, because a TLS-terminating proxy forwards https requests as http.
 */
export function isSameOrigin(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin';
  const origin = headers.get('origin');
  if (origin === null || origin === 'null') return false;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  if (!host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

/** True when the request reached us over HTTPS (directly or through a proxy): cookies are then marked Secure. */
export function isHttpsRequest(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || new URL(request.url).protocol === 'https:';
}

/**
 * The client address used only to key the in-memory limits (never stored or logged): the nearest hop recorded in
 * X-Forwarded-For (Next.js sets it from the socket when no proxy did). A client talking to the server directly can
 * forge it, which is why a global limit backs the per-client one.
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for');
  if (!forwarded) return null;
  const hops = forwarded
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops[hops.length - 1] ?? null;
}
