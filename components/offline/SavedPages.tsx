'use client';

import { useEffect, useState } from 'react';
import type { AppLocale } from '@/i18n/routing';

interface Saved {
  url: string;
  title: string;
  savedAt: string;
}

const PREFIX = 'guichet-';
const KINDS = ['pages', 'results'];

function listCaches(names: string[]): string[] {
  return names.filter((name) => KINDS.some((kind) => name.startsWith(`${PREFIX}${kind}-`)));
}

/**
 * The pages this device keeps for offline use, read from Cache Storage (nothing is asked of the server), newest first,
 * with a button to remove them. Without JavaScript there is no service worker either, so it says how to find them.
 */
export function SavedPages({
  locale,
  labels,
}: {
  locale: AppLocale;
  labels: { none: string; noScript: string; savedOn: string; forget: string; forgotten: string };
}) {
  const [saved, setSaved] = useState<Saved[] | null>(null);
  const [forgotten, setForgotten] = useState(false);

  useEffect(() => {
    if (typeof caches === 'undefined') return;
    let cancelled = false;
    (async () => {
      const found: Saved[] = [];
      for (const name of listCaches(await caches.keys())) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          const url = new URL(request.url);
          if (url.origin !== window.location.origin || !response) continue;
          let title = url.pathname;
          try {
            title = decodeURIComponent(response.headers.get('x-guichet-title') ?? '') || title;
          } catch {
            // keep the path
          }
          found.push({ url: url.pathname + url.search, title, savedAt: response.headers.get('x-guichet-saved-at') ?? '' });
        }
      }
      if (!cancelled) setSaved(found.sort((a, b) => b.savedAt.localeCompare(a.savedAt)));
    })().catch(() => setSaved([]));
    return () => {
      cancelled = true;
    };
  }, []);

  async function forget() {
    for (const name of listCaches(await caches.keys())) await caches.delete(name);
    setSaved([]);
    setForgotten(true);
  }

  const format = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime())
      ? ''
      : date.toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA', {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          hour: 'numeric',
          minute: '2-digit',
        });
  };

  return (
    <div className="saved-pages">
      {saved === null ? (
        <p>{labels.noScript}</p>
      ) : saved.length === 0 ? (
        <p>{labels.none}</p>
      ) : (
        <>
          <ul>
            {saved.map((page) => (
              <li key={page.url}>
                <a href={page.url}>{page.title}</a>{' '}
                <span className="muted">— {labels.savedOn.replace('{date}', format(page.savedAt))}</span>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--secondary" onClick={forget}>
            {labels.forget}
          </button>
        </>
      )}
      <p role="status">{forgotten ? labels.forgotten : ''}</p>
    </div>
  );
}
