import { getSnapshot } from '@/lib/data/server';
import { serviceWorkerSource } from '@/lib/offline/service-worker';
import { MANIFEST_PATHS } from '@/lib/offline/manifest';
import { pathnames } from '@/i18n/routing';

// The worker carries the data snapshot's version: a new snapshot is a new worker, which clears every cache.
export const dynamic = 'force-dynamic';

const offlinePath = { en: `/en${pathnames['/offline'].en}`, fr: `/fr${pathnames['/offline'].fr}` };

export function GET(): Response {
  const source = serviceWorkerSource({
    version: getSnapshot().snapshot.version,
    shell: ['/en', '/fr', offlinePath.en, offlinePath.fr, MANIFEST_PATHS.en, MANIFEST_PATHS.fr, '/app-icon.svg', '/app-icon-192.png'],
    offlinePath,
  });
  return new Response(source, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      // Checked on every visit, so a new snapshot's worker replaces the old one at once.
      'Cache-Control': 'no-cache, max-age=0',
      'Service-Worker-Allowed': '/',
    },
  });
}
