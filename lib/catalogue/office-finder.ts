import type { CatalogueJurisdiction } from '../model/catalogue';
import type { Locale } from '../model/schema';
import { pickText, pickedLanguage } from '../i18n-text';

/** A finder's link in the page's language when the government publishes one, else in the other (pages label it). */
export function officeFinderLink(
  finder: CatalogueJurisdiction['officeFinder'],
  lang: Locale,
): { label: string; url: string; language: Locale } {
  // the schema requires at least one of the two
  return { label: finder.label[lang], url: pickText(finder.url, lang), language: pickedLanguage(finder.url, lang) };
}
