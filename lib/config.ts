/**
 * Deployment settings read from the environment. Map tiles are the only thing a browser fetches from
 * elsewhere, so their URL template is configurable and its origin is the only one allowed in img-src.
 */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_TILE_ATTRIBUTION = '© OpenStreetMap contributors';

export interface TileConfig {
  urlTemplate: string;
  attribution: string;
  origin: string;
}

export function tileConfig(env: Record<string, string | undefined> = process.env): TileConfig {
  const urlTemplate = env.GUICHET_TILE_URL || DEFAULT_TILE_URL;
  const parsed = new URL(urlTemplate.replace(/\{[a-z]\}/g, '0'));
  if (parsed.protocol !== 'https:') throw new Error(`GUICHET_TILE_URL must be https: ${urlTemplate}`);
  return {
    urlTemplate,
    attribution: env.GUICHET_TILE_ATTRIBUTION || DEFAULT_TILE_ATTRIBUTION,
    // a subdomain placeholder such as {s}.tile.example.org becomes a wildcard host
    origin: parsed.origin.replace('://0.', '://*.'),
  };
}
