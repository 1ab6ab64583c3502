import type { MetadataRoute } from 'next';
import { headers } from 'next/headers';
import { getCatalogue } from '@/lib/catalogue';
import { getSnapshot } from '@/lib/data/server';

export const dynamic = 'force-dynamic';

/** Public pages in pairs (English, French); search results and forms are left out, as robots.txt asks. */
const STATIC: Array<[string, string]> = [
  ['/en', '/fr'],
  ['/en/about-the-data', '/fr/a-propos-des-donnees'],
  ['/en/accessibility', '/fr/accessibilite'],
  ['/en/coverage', '/fr/couverture'],
  ['/en/life-events', '/fr/evenements-de-vie'],
  ['/en/open-data', '/fr/donnees-ouvertes'],
  ['/en/open-data/check', '/fr/donnees-ouvertes/verifier'],
];

/** sitemap.xml: every page in both languages, each entry with its hreflang alternates (en-CA, fr-CA). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  const base = `${proto}://${host}`;
  const pairs: Array<[string, string]> = [...STATIC];
  const { snapshot } = getSnapshot();
  for (const point of snapshot.servicePoints) pairs.push([`/en/locations/${point.slug}`, `/fr/lieux/${point.slug}`]);
  const catalogue = getCatalogue().catalogue;
  for (const service of catalogue.services) pairs.push([`/en/services/${service.id}`, `/fr/services/${service.id}`]);
  for (const event of catalogue.lifeEvents) pairs.push([`/en/life-events/${event.id}`, `/fr/evenements-de-vie/${event.frSlug}`]);
  const lastModified = snapshot.builtAt;
  return pairs.flatMap(([en, fr]) => {
    const alternates = { languages: { 'en-CA': `${base}${en}`, 'fr-CA': `${base}${fr}` } };
    return [
      { url: `${base}${en}`, lastModified, alternates },
      { url: `${base}${fr}`, lastModified, alternates },
    ];
  });
}
