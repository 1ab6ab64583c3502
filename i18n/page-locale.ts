import { notFound } from 'next/navigation';
import { isAppLocale, type AppLocale } from './routing';

/**
 * The language of a page from its `[locale]` segment, or a 404. Pages check it themselves: the layout's check runs
 * alongside the page, not before it, and a root-level path with a dot (`/x.bar`) reaches the home page unredirected.
 */
export function pageLocale(segment: string): AppLocale {
  if (!isAppLocale(segment)) notFound();
  return segment;
}
