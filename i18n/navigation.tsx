import type { ComponentProps } from 'react';
import { useLocale } from 'next-intl';
import { isAppLocale, pathnames, type AppLocale } from './routing';

type Pathname = keyof typeof pathnames;
type DynamicPathname = Extract<Pathname, `${string}[${string}]${string}`>;
type StaticPathname = Exclude<Pathname, DynamicPathname>;

/** An internal route, with the values of its `[segments]` when it has some. */
export type Href = StaticPathname | { pathname: DynamicPathname; params: Record<string, string> };

/**
 * The public path of an internal route in a language: `/fr/lieux/ottawa-1234` for `/locations/[slug]`, `/en` for
 * `/`. The same paths next-intl's navigation gives (locale prefix always, non-ASCII encoded), without importing it:
 * its module graph holds a client link component, which put next-intl's client code in every page.
 */
export function getPathname({ href, locale }: { href: Href; locale: AppLocale }): string {
  const pathname = typeof href === 'string' ? href : href.pathname;
  const params: Record<string, string> = typeof href === 'string' ? {} : href.params;
  const entry = pathnames[pathname];
  if (!isAppLocale(locale)) throw new Error(`getPathname: ${JSON.stringify(locale)} is not a language of this site`);
  const template = typeof entry === 'string' ? entry : entry[locale];
  const compiled = template.replace(/\[(\w+)\]/g, (segment, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`getPathname: no value for ${segment} in ${template}`);
    return value;
  });
  const encoded = new URL(compiled, 'http://localhost').pathname;
  return `/${locale}${encoded === '/' ? '' : encoded}`;
}

/**
 * A link to a page of this site in the page's language (French slugs under /fr), resolved on the server. A plain
 * anchor, like every other link on the site: Next's client link would add its code, prefetching and a hydrated
 * component to every page for the header and footer alone.
 */
export function Link({ href, ...rest }: Omit<ComponentProps<'a'>, 'href'> & { href: Href }) {
  const locale = useLocale() as AppLocale;
  return <a href={getPathname({ href, locale })} {...rest} />;
}
