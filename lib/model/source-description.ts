import { z } from 'zod';
import { GovernmentOrder } from './schema';

/**
 * The machine-readable description of a bundled source: data/sources/<id>/source.json. Its facts are taken from the
 * folder's PROVENANCE.md; the ingest reads every source's meta (titles, publisher, licence, date, files, guard) from it.
 */

/** How a file's bytes are encoded, as PROVENANCE.md states it ('utf-8-bom': UTF-8 starting with a byte-order mark). */
export const SourceFileEncoding = z.enum(['utf-8', 'utf-8-bom', 'cp1252']);
export type SourceFileEncoding = z.infer<typeof SourceFileEncoding>;

const Share = z.number().min(0).max(1);

export const SourceDescription = z.strictObject({
  /** the folder's name under data/sources/ */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
  title: z.strictObject({ en: z.string().min(1), fr: z.string().min(1) }),
  publisher: z.string().min(1),
  /** order of government of the publisher of the facts ('community': not a government) */
  order: GovernmentOrder,
  /** the licence as PROVENANCE.md states it, with its address when PROVENANCE.md gives one */
  licence: z.strictObject({ name: z.string().min(1), url: z.url().optional() }),
  /** date the data describes: YYYY, YYYY-MM or YYYY-MM-DD */
  sourceDate: z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'),
  upstreamUrl: z.url().optional(),
  /** every file of the folder but PROVENANCE.md and source.json; 'data' files are the ones read, in this order */
  files: z
    .array(z.strictObject({ name: z.string().min(1), encoding: SourceFileEncoding, role: z.enum(['data', 'documentation']) }))
    .min(1)
    .refine((files) => files.some((file) => file.role === 'data'), 'needs at least one data file')
    .refine((files) => new Set(files.map((file) => file.name)).size === files.length, 'file names repeat'),
  /**
   * Loss the source may show before it blocks a new snapshot, with why (some lose rows by design). Without it, the
   * defaults of lib/ingest/build.ts apply.
   */
  guard: z
    .strictObject({
      /** largest share of rows read that may be rejected */
      maxRejectedShare: Share.optional(),
      /** largest drop in rows kept (imported + merged) against the previous snapshot */
      maxDrop: Share.optional(),
      why: z.string().min(1),
    })
    .optional(),
});
export type SourceDescription = z.infer<typeof SourceDescription>;
