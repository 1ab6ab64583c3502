'use client';

import { useSyncExternalStore } from 'react';
import type { AppLocale } from '@/i18n/routing';

/** The mark the service worker puts on a page it serves from the device (lib/offline/service-worker.ts). */
function savedAt(): string | null {
  return document.documentElement.dataset.offlineSaved || null;
}

const noSubscription = (): (() => void) => () => undefined;

/**
 * "Saved on …, may have changed" on a page reopened offline. Rendered by React, in the page's language, because an
 * element the worker added to the HTML would make hydration fail and disappear. Online pages carry no mark. The words
 * come from the server as props (`saved` with a `{date}` slot), so the browser needs no message catalogue.
 */
export function OfflineBanner({ locale, labels }: { locale: AppLocale; labels: { offline: string; saved: string } }) {
  const saved = useSyncExternalStore(noSubscription, savedAt, () => null);
  if (saved === null) return null;
  const date = new Date(saved);
  if (Number.isNaN(date.getTime())) return null;
  // The person's own clock: this is when they opened the page, not an office's hours.
  const when = date.toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return (
    <div className="offline-banner" role="status" data-offline-banner="">
      <strong>{labels.offline}</strong> {labels.saved.replace('{date}', when)}
    </div>
  );
}
