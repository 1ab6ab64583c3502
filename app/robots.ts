import type { MetadataRoute } from 'next';
import { headers } from 'next/headers';

/** Pages may be indexed; the JSON API and the search results (endless query combinations) are not crawled. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/en/search', '/fr/recherche'] }],
    sitemap: `${proto}://${host}/sitemap.xml`,
  };
}
