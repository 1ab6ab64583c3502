'use client';

import { useParams } from 'next/navigation';
import { ErrorMessage } from '@/components/errors/ErrorMessage';
import { ERROR_TEXT, errorLocale } from '@/components/errors/error-text';
import './globals.css';

/**
 * When the layout itself failed: a whole document of its own. The language may not be known, so the page says it in
 * both, the URL's language first (English when there is none).
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const { locale } = useParams<{ locale?: string }>() ?? {};
  const first = errorLocale(locale);
  const second = first === 'fr' ? 'en' : 'fr';
  return (
    <html lang={first === 'fr' ? 'fr-CA' : 'en-CA'}>
      <body>
        <title>{`${ERROR_TEXT[first].title} | ${ERROR_TEXT[second].title}`}</title>
        <main id="main" className="container prose">
          <ErrorMessage locale={first} error={error} retry={retry} Heading="h1" />
          <ErrorMessage locale={second} error={error} retry={retry} Heading="h2" />
        </main>
      </body>
    </html>
  );
}
