import { jsonResponse, notFound } from '@/lib/api/http';
import { getDatapackage } from '@/lib/hsds/server';

/**
 * The bulk HSDS datapackage: /api/hsds/datapackage/datapackage.json and the CSV files it lists (paths relative to it).
 * Built from the current snapshot on first request and cached per snapshot version.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const pkg = getDatapackage();
  const headers = { 'Cache-Control': 'public, max-age=300' };
  if (file === 'datapackage.json')
    return jsonResponse(pkg.descriptor, { headers: { ...headers, 'Content-Disposition': 'attachment; filename="datapackage.json"' } });
  const csv = pkg.files.get(file);
  if (csv === undefined) return notFound('No such file in the datapackage: see /api/hsds/datapackage/datapackage.json.', 'file');
  return new Response(csv, {
    headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${file}"` },
  });
}
