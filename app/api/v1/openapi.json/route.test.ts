import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GovernmentOrder, LocationType } from '@/lib/model/schema';
import { parseSearchParams } from '@/lib/search/params';
import { GET } from './route';

interface Operation {
  parameters?: Array<{ name: string; in: string; schema: Record<string, unknown> }>;
  responses: Record<string, { content: { 'application/json': { schema: unknown } } }>;
}

interface Document {
  openapi: string;
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

const API_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

async function fetchDocument(): Promise<{ response: Response; document: Document }> {
  const response = GET();
  return { response, document: JSON.parse(await response.text()) as Document };
}

/** Names of the query parameters the parser asks for, recorded from the URLSearchParams it is given. */
function parametersReadByParser(): string[] {
  const read = new Set<string>();
  class RecordingParams extends URLSearchParams {
    override get(name: string): string | null {
      read.add(name);
      return super.get(name);
    }
    override getAll(name: string): string[] {
      read.add(name);
      return super.getAll(name);
    }
    override has(name: string): boolean {
      read.add(name);
      return super.has(name);
    }
  }
  parseSearchParams(new RecordingParams('at=2026-11-23T15:00:00Z'), 'en', new Date());
  return [...read].sort();
}

/** Route folders under app/api/v1 as OpenAPI paths ("[id]" → "{id}"). */
function routePaths(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routePaths(path);
    if (entry.name !== 'route.ts') return [];
    return [`/api/v1/${relative(API_DIR, dirname(path)).replace(/\[(\w+)\]/g, '{$1}')}`];
  });
}

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === '$ref' && typeof inner === 'string' ? [inner] : refsIn(inner)));
}

describe('GET /api/v1/openapi.json', () => {
  it('serves valid JSON, OpenAPI 3.1, with the public paths, each backed by a route file', async () => {
    const { response, document } = await fetchDocument();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).filter((path) => path.startsWith('/api/v1/')).sort()).toEqual(
      ['/api/v1/boundaries', '/api/v1/coverage', '/api/v1/life-events', '/api/v1/life-events/{id}', '/api/v1/locations/{id}', '/api/v1/planning/access', '/api/v1/planning/gaps', '/api/v1/planning/opportunities', '/api/v1/reports', '/api/v1/reports/export', '/api/v1/search', '/api/v1/services', '/api/v1/services/{id}', '/api/v1/sources'].sort(),
    );
    expect(routePaths(API_DIR)).toEqual(expect.arrayContaining(Object.keys(document.paths).filter((path) => path.startsWith('/api/v1/'))));
    // the HSDS 3.0 paths (lib/hsds) are backed by route files under app/api/hsds
    for (const path of Object.keys(document.paths).filter((p) => p.startsWith('/api/hsds/'))) {
      expect(existsSync(join(process.cwd(), 'app', path.replace(/^\//, '').replace(/\{(\w+)\}/g, '[$1]'), 'route.ts')), path).toBe(true);
    }
  });

  it('documents every parameter the search parser reads, and no other', async () => {
    const { document } = await fetchDocument();
    const documented = (document.paths['/api/v1/search']!.get.parameters ?? []).map((p) => p.name).sort();
    expect(documented).toEqual(parametersReadByParser());
  });

  it('takes its enumerations from the model', async () => {
    const { schemas } = (await fetchDocument()).document.components;
    expect(schemas.GovernmentOrder!.enum).toEqual(GovernmentOrder.options);
    expect(schemas.LocationType!.enum).toEqual(LocationType.options);
  });

  it('gives every operation a JSON 200 and its error responses, and every reference resolves', async () => {
    const { document } = await fetchDocument();
    for (const [path, { get }] of Object.entries(document.paths)) {
      if (get === undefined) continue; // POST-only paths (problem reports)
      expect(get.responses['200']?.content['application/json'].schema, path).toBeDefined();
      if (path !== '/api/v1/sources' && path !== '/api/v1/boundaries') expect(get.responses['400']?.content['application/json'].schema, path).toBeDefined();
      if (path.endsWith('{id}')) {
        expect(get.responses['404']?.content['application/json'].schema, path).toBeDefined();
        expect(get.parameters?.find((p) => p.in === 'path')?.name, path).toBe('id');
      }
    }
    for (const ref of refsIn(document)) expect(Object.keys(document.components.schemas), ref).toContain(ref.replace('#/components/schemas/', ''));
  });
});
