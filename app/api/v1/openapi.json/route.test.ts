import { existsSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GovernmentOrder, LocationType } from '@/lib/model/schema';
import { parseSearchParams } from '@/lib/search/params';
import { GET } from './route';

interface Operation {
  operationId: string;
  summary: string;
  parameters?: Array<{ name: string; in: string; required?: boolean; schema: Record<string, unknown> }>;
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
}

interface Document {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Partial<Record<'get' | 'post', Operation>>>;
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
  it('serves valid JSON, OpenAPI 3.1, documenting every route under app/api/v1 and only those', async () => {
    const { response, document } = await fetchDocument();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: expect.any(String), version: '1' });
    expect(
      Object.keys(document.paths)
        .filter((path) => path.startsWith('/api/v1/'))
        .sort(),
    ).toEqual(routePaths(API_DIR).sort());
    // the HSDS 3.0 paths (lib/hsds) are backed by route files under app/api/hsds
    for (const path of Object.keys(document.paths).filter((p) => p.startsWith('/api/hsds/'))) {
      expect(existsSync(join(process.cwd(), 'app', path.replace(/^\//, '').replace(/\{(\w+)\}/g, '[$1]'), 'route.ts')), path).toBe(true);
    }
  });

  it('documents every parameter the search parser reads, and no other', async () => {
    const { document } = await fetchDocument();
    const documented = (document.paths['/api/v1/search']!.get!.parameters ?? []).map((p) => p.name).sort();
    expect(documented).toEqual(parametersReadByParser());
  });

  it('takes its enumerations from the model', async () => {
    const { schemas } = (await fetchDocument()).document.components;
    expect(schemas.GovernmentOrder!.enum).toEqual(GovernmentOrder.options);
    expect(schemas.LocationType!.enum).toEqual(LocationType.options);
  });

  it('gives every operation a unique id, its path parameters, described responses, and JSON errors in the one shape', async () => {
    const { document } = await fetchDocument();
    const operationIds = new Set<string>();
    for (const [path, methods] of Object.entries(document.paths)) {
      expect(path).toMatch(/^\/api\//);
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const [method, operation] of Object.entries(methods)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(operation.operationId, where).toMatch(/^\w+$/);
        expect(operationIds.has(operation.operationId), `${where}: ${operation.operationId} used twice`).toBe(false);
        operationIds.add(operation.operationId);
        expect(operation.summary, where).toBeTruthy();
        const pathParameters = (operation.parameters ?? []).filter((p) => p.in === 'path');
        expect(pathParameters.map((p) => p.name).sort(), where).toEqual(templated.sort());
        expect(
          pathParameters.every((p) => p.required === true),
          where,
        ).toBe(true);
        expect(Object.keys(operation.responses).length, where).toBeGreaterThan(0);
        for (const [status, answer] of Object.entries(operation.responses)) {
          expect(status, where).toMatch(/^[1-5]\d\d$/);
          expect(answer.description, `${where} ${status}`).toBeTruthy();
          for (const media of Object.values(answer.content ?? {})) expect(media.schema, `${where} ${status}`).toBeDefined();
          if (Number(status) >= 400)
            expect(answer.content?.['application/json']?.schema, `${where} ${status}`).toEqual({ $ref: '#/components/schemas/Error' });
        }
      }
    }
    for (const [path, { get }] of Object.entries(document.paths)) {
      if (get === undefined || !path.startsWith('/api/v1/') || path.endsWith('.ics')) continue;
      expect(get.responses['200']?.content?.['application/json']?.schema, path).toBeDefined();
    }
  });

  it('has schemas that are valid JSON Schema 2020-12, and every reference resolves to one', async () => {
    const { document } = await fetchDocument();
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    addFormats(ajv);
    ajv.addKeyword('components'); // the document's own container, so that "#/components/schemas/…" resolves
    ajv.addSchema({ $id: 'https://guichet.invalid/openapi.json', components: document.components });
    for (const name of Object.keys(document.components.schemas)) {
      expect(ajv.getSchema(`https://guichet.invalid/openapi.json#/components/schemas/${name}`), name).toBeTypeOf('function');
    }
    for (const ref of refsIn(document))
      expect(Object.keys(document.components.schemas), ref).toContain(ref.replace('#/components/schemas/', ''));
  });
});
