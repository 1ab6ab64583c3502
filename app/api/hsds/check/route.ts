import { join } from 'node:path';
import { getSnapshot } from '@/lib/data/server';
import { checkFeed, decodeUpload, MAX_UPLOAD_BYTES } from '@/lib/ingest/feed-check/check';
import { errorHtml, reportHtml } from '@/lib/ingest/feed-check/check-html';
import { provinceShapesFor } from '@/lib/ingest/sources/geo-common';

const html = (body: string, status = 200): Response =>
  new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });

/**
 * The feed checker's form target (plain multipart POST, no JavaScript): reads the uploaded files in memory, reports,
 * keeps nothing. Over 2 MB or not UTF-8 text → 413 / 415 with a clear message in the form's language.
 */
export async function POST(request: Request): Promise<Response> {
  const lang = new URL(request.url).searchParams.get('lang') === 'fr' ? 'fr' : 'en';
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > MAX_UPLOAD_BYTES + 64 * 1024) return html(errorHtml('too-large', lang), 413);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return html(errorHtml('no-file', lang), 400);
  }
  const uploads = form.getAll('files').filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f && f.size > 0);
  if (uploads.length === 0) return html(errorHtml('no-file', lang), 400);
  if (uploads.reduce((n, f) => n + f.size, 0) > MAX_UPLOAD_BYTES) return html(errorHtml('too-large', lang), 413);
  const files: Array<{ name: string; text: string }> = [];
  for (const upload of uploads) {
    const decoded = decodeUpload(new Uint8Array(await upload.arrayBuffer()));
    if (!decoded.ok) return html(errorHtml(decoded.problem, lang), decoded.problem === 'too-large' ? 413 : 415);
    files.push({ name: upload.name.slice(0, 100), text: decoded.text });
  }
  const report = checkFeed(files, lang, getSnapshot().snapshot.places, provinceShapesFor(join(process.cwd(), 'data', 'sources')));
  return html(reportHtml(report, lang));
}
