import type { MetadataRoute } from 'next';

/** Pages may be indexed; the JSON API and the search results (endless query combinations) are not crawled. */
export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/en/search', '/fr/recherche'] }] };
}
