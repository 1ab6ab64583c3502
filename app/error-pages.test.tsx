import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ERROR_TEXT } from '@/components/errors/error-text';
import PageError from './[locale]/error';
import GlobalError from './global-error';

const params: { locale?: string } = {};
vi.mock('next/navigation', () => ({ useParams: () => params }));

const serverError = Object.assign(new Error('An error occurred in the Server Components render.'), { digest: '2937581044' });
const retry = () => undefined;

function count(html: string, pattern: RegExp): number {
  return html.match(pattern)?.length ?? 0;
}

describe('error pages', () => {
  beforeEach(() => {
    delete params.locale;
  });

  it('say what went wrong in the page’s language, with try again, home and the digest, never the message', () => {
    params.locale = 'fr';
    const french = renderToStaticMarkup(<PageError error={serverError} retry={retry} />);
    expect(french).toContain('<h1>Une erreur s’est produite</h1>');
    expect(french).toContain('>Réessayer</a>');
    expect(french).toContain('href="/fr"');
    expect(french).toContain('Référence de l’erreur : 2937581044');
    expect(french).not.toMatch(/Something|Try again|Server Components/);
    params.locale = 'en';
    const english = renderToStaticMarkup(<PageError error={serverError} retry={retry} />);
    expect(english).toContain('<h1>Something went wrong</h1>');
    expect(english).toContain('href="/en"');
    expect(english).not.toMatch(/Une erreur|Server Components/);
    // "Try again" reloads the same page without JavaScript
    expect(english).toMatch(/<a class="button" href="">Try again<\/a>/);
  });

  it('leave the reference out when the error has no digest (a client error)', () => {
    expect(renderToStaticMarkup(<PageError error={new TypeError('x is undefined')} retry={retry} />)).not.toMatch(
      /reference|x is undefined/i,
    );
  });

  it('global error: its own document in both languages, the URL’s language first, one h1', () => {
    const unknown = renderToStaticMarkup(<GlobalError error={serverError} retry={retry} />);
    expect(unknown).toMatch(/^<html lang="en-CA">/);
    expect(unknown).toContain('<title>Something went wrong | Une erreur s’est produite</title>');
    expect(count(unknown, /<h1>/g)).toBe(1);
    expect(unknown).toContain('<h1>Something went wrong</h1>');
    expect(unknown).toMatch(/<div class="error-page" lang="fr-CA"><h2>Une erreur s’est produite<\/h2>/);
    expect(unknown).toContain('href="/en"');
    expect(unknown).toContain('href="/fr"');
    params.locale = 'fr';
    const french = renderToStaticMarkup(<GlobalError error={serverError} retry={retry} />);
    expect(french).toMatch(/^<html lang="fr-CA">/);
    expect(french).toContain(`<h1>${ERROR_TEXT.fr.title}</h1>`);
    expect(french).toContain(`<h2>${ERROR_TEXT.en.title}</h2>`);
  });
});
