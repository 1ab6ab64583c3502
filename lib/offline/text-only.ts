/**
 * "Text only": no map and no tiles, for people on metered data. Asked for with ?text=1 (and undone with ?text=0) on
 * any page; the proxy then remembers the choice in a cookie, so it works without JavaScript.
 */
export const TEXT_ONLY_PARAM = 'text';
export const TEXT_ONLY_COOKIE = 'guichet-text-only';
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/** The Set-Cookie header for a request whose query turns text-only mode on or off; undefined when it does neither. */
export function textOnlyCookie(search: string, https: boolean): string | undefined {
  const value = new URLSearchParams(search).get(TEXT_ONLY_PARAM);
  const secure = https ? '; Secure' : '';
  if (value === '1') return `${TEXT_ONLY_COOKIE}=1; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${secure}`;
  if (value === '0') return `${TEXT_ONLY_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax${secure}`;
  return undefined;
}

/** Whether a page is shown as text only: the URL decides when it says so, else the remembered choice. */
export function isTextOnly(param: string | string[] | undefined | null, cookie: string | undefined): boolean {
  const value = Array.isArray(param) ? param[0] : param;
  if (value === '1') return true;
  if (value === '0') return false;
  return cookie === '1';
}

/** The current page's address with text-only mode switched on or off. */
export function textOnlyHref(path: string, search: string, on: boolean): string {
  const params = new URLSearchParams(search);
  params.set(TEXT_ONLY_PARAM, on ? '1' : '0');
  return `${path}?${params.toString()}`;
}
