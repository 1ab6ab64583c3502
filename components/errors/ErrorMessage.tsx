import type { MouseEvent } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { ERROR_TEXT } from './error-text';

/** The digest Next puts on a server error, to match the server's log; never the message, which may hold details. */
function digestOf(error: unknown): string | undefined {
  return error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;
}

/**
 * What went wrong, in one language, with a way to try again and a way home. "Try again" is a link to this same page,
 * so it works without JavaScript; with JavaScript it asks Next to render the page again without a full reload.
 */
export function ErrorMessage({
  locale,
  error,
  retry,
  Heading,
}: {
  locale: AppLocale;
  error: unknown;
  retry: () => void;
  Heading: 'h1' | 'h2';
}) {
  const text = ERROR_TEXT[locale];
  const digest = digestOf(error);
  const tryAgain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    retry();
  };
  return (
    <div className="error-page" lang={locale === 'fr' ? 'fr-CA' : 'en-CA'}>
      <Heading>{text.title}</Heading>
      <p>{text.body}</p>
      <p className="error-page__actions">
        <a className="button" href="" onClick={tryAgain}>
          {text.retry}
        </a>{' '}
        <a className="button button--secondary" href={`/${locale}`}>
          {text.home}
        </a>
      </p>
      {digest ? <p className="muted">{text.reference.replace('{digest}', digest)}</p> : null}
    </div>
  );
}
