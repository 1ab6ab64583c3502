import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { useLocale } from 'next-intl';
import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

export const { getPathname } = createNavigation(routing);

type Href = Parameters<typeof getPathname>[0]['href'];

/**
 * A link to a page of this site in the page's language (French slugs under /fr), resolved on the server. It renders
 * Next's own link rather than next-intl's, which is a client component that needs the message provider and next-intl's
 * client code in every page; the browser needs neither.
 */
export function Link({ href, ...rest }: Omit<ComponentProps<typeof NextLink>, 'href'> & { href: Href }) {
  const locale = useLocale();
  return <NextLink href={getPathname({ href, locale })} {...rest} />;
}
