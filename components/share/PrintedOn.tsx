'use client';

import { useEffect, useState } from 'react';
import { formatDate } from '@/lib/i18n-text';

/**
 * "Printed on <date> from <address>", shown on paper only. The server writes the date it rendered the page; when the
 * person prints (perhaps a page saved days before), the device's own date replaces it.
 */
export function PrintedOn({
  template,
  serverDate,
  path,
  locale,
}: {
  template: string;
  serverDate: string;
  path: string;
  locale: 'en' | 'fr';
}) {
  const [date, setDate] = useState(serverDate);
  const [url, setUrl] = useState(path);
  useEffect(() => {
    const update = () => {
      setDate(
        formatDate(
          new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }),
          new Date(),
          locale,
        ),
      );
      setUrl(new URL(path, window.location.origin).href);
    };
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, [path, locale]);
  return <p className="print-only printed-on">{template.replace('{date}', date).replace('{url}', url)}</p>;
}
