import type { Provenance } from '../model/schema';
import type { SourceMeta } from './contract';

/** Per-record provenance for a row of `file` (a name listed in meta.files). */
export function provenanceFor(meta: SourceMeta, file: string, recordId: string, line?: number): Provenance {
  return {
    sourceId: meta.id,
    recordId,
    file: `${meta.dir}/${file}`,
    ...(line !== undefined ? { line } : {}),
    sourceDate: meta.sourceDate,
    licence: meta.licence,
    ...(meta.upstreamUrl ? { upstreamUrl: meta.upstreamUrl } : {}),
  };
}
