import { createElement, type FunctionComponent, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import type { AppLocale } from '@/i18n/routing';

type Provider = FunctionComponent<{ locale: AppLocale; messages: typeof en; timeZone: string; children?: ReactNode }>;

/** The static HTML of a component as a page in this language renders it, with the real message catalogue. */
export function renderInLocale(element: ReactElement, locale: AppLocale): string {
  // next-intl types its provider for the server; in tests it is the plain client provider
  const provider = NextIntlClientProvider as unknown as Provider;
  return renderToStaticMarkup(
    createElement(provider, { locale, messages: locale === 'fr' ? fr : en, timeZone: 'America/Toronto' }, element),
  );
}

/** What a person reads: tags removed, entities decoded, spaces collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
