import { THEME_COLOR } from './manifest';

/**
 * Guichet's icon: a white "G" drawn as one stroke on the brand blue. `maskable` fills the whole square and keeps the
 * mark inside the central safe zone (a circle of 80 % of the width) that launchers may crop to.
 */
export function iconSvg(maskable = false): string {
  const scale = maskable ? 0.72 : 1;
  const offset = (512 - 512 * scale) / 2;
  const background = maskable
    ? `<rect width="512" height="512" fill="${THEME_COLOR}"/>`
    : `<rect width="512" height="512" rx="96" fill="${THEME_COLOR}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">${background}` +
    `<g transform="translate(${offset} ${offset}) scale(${scale})">` +
    `<path d="M362 150 A150 150 0 1 0 406 256 L270 256" fill="none" stroke="#ffffff" stroke-width="60" stroke-linejoin="round"/>` +
    `</g></svg>`
  );
}

export function svgIconResponse(): Response {
  return new Response(iconSvg(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=86400' } });
}
