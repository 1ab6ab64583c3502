'use client';

import { useParams } from 'next/navigation';
import { ErrorMessage } from '@/components/errors/ErrorMessage';
import { errorLocale } from '@/components/errors/error-text';

/** A page that failed, inside the site's header and footer, in the page's language. */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const { locale } = useParams<{ locale?: string }>();
  return (
    <div className="container prose">
      <ErrorMessage locale={errorLocale(locale)} error={error} retry={retry} Heading="h1" />
    </div>
  );
}
