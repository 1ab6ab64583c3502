import type { CatalogueJurisdiction } from '../model/catalogue';
import type { Locale } from '../model/schema';

/** A finder's link in the page's language when the government publishes one, else in the other (pages label it). */
export function officeFinderLink(
  finder: CatalogueJurisdiction['officeFinder'],
  lang: Locale,
): { label: string; url: string; language: Locale } {
  const other: Locale = lang === 'fr' ? 'en' : 'fr';
  const own = finder.url[lang];
  // the schema requires at least one of the two
  return { label: finder.label[lang], url: own ?? finder.url[other]!, language: own === undefined ? other : lang };
}
