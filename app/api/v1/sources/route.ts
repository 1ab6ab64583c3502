import { jsonResponse } from '@/lib/api/http';
import { getSnapshot } from '@/lib/data/server';
import { cached } from '@/lib/api/cache';
import { dataVersions } from '@/lib/api/versions';
import type { SourcesResponse } from '@/lib/api/views';

/** Every source in the current snapshot: publisher, order of government, licence, date, upstream, row counts. */
function get(): Response {
  const { snapshot } = getSnapshot();
  const sources = snapshot.sources.map((source) => ({
    id: source.sourceId,
    title: source.title,
    publisher: source.publisher,
    order: source.order,
    licence: source.licence,
    date: source.sourceDate,
    upstream: source.upstreamUrl ?? null,
    files: source.files,
    counts: source.counts,
  }));
  const body: SourcesResponse = { snapshot: { version: snapshot.version, builtAt: snapshot.builtAt }, sources };
  return jsonResponse(body, { headers: { 'Cache-Control': 'public, max-age=300' } });
}

/** Shared-cacheable (lib/api/cache.ts): ETag from the release, snapshot and catalogue versions; 304 on If-None-Match; compressed. */
export const GET = cached({ freshness: 'stable', versions: dataVersions }, get);
