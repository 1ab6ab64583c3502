import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { openApiDocument } from './openapi';
import { API_SCHEMAS, type ApiSchemaName } from './views';

/**
 * Test support: a real answer of the API must be what /api/v1/openapi.json says it is, both to the zod schema the
 * handler is typed with and to the JSON Schema generated from it. zod drops the fields a schema does not describe, so
 * comparing the parsed body with the body also fails on a field the API sends but the document does not mention.
 */

interface Operation {
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

const BASE = 'https://guichet.invalid/openapi.json';
const COMPONENT = '#/components/schemas/';

let validators: ((name: ApiSchemaName) => ValidateFunction) | undefined;

function jsonSchemaValidator(name: ApiSchemaName): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    // `format: uri` comes from the model's z.string().url(), which accepts what the WHATWG URL parser accepts; the
    // RFC 3986 check of ajv-formats is stricter (some GC Service Inventory pages hold several links joined by "<>").
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    ajv.addSchema({ $id: BASE, components: (openApiDocument() as unknown as Document).components });
    validators = (schemaName) => ajv.getSchema(`${BASE}${COMPONENT}${schemaName}`)!;
  }
  return validators(name);
}

/** The component a documented JSON answer refers to, e.g. ('/api/v1/services/{id}', 404) → 'Error'. */
export function documentedSchemaName(path: string, status: number, method = 'get'): ApiSchemaName {
  const operation = (openApiDocument() as unknown as Document).paths[path]?.[method];
  const ref = operation?.responses[String(status)]?.content?.['application/json']?.schema.$ref;
  if (ref === undefined || !ref.startsWith(COMPONENT) || !(ref.slice(COMPONENT.length) in API_SCHEMAS)) {
    throw new Error(`${method.toUpperCase()} ${path} documents no JSON schema for ${status}`);
  }
  return ref.slice(COMPONENT.length) as ApiSchemaName;
}

/** Reads the response and checks its status and body against the document; returns the body for further checks. */
export async function expectDocumented(response: Response, path: string, status = 200, method = 'get'): Promise<unknown> {
  expect(response.status, path).toBe(status);
  expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
  const body: unknown = await response.json();
  const name = documentedSchemaName(path, status, method);
  const parsed = API_SCHEMAS[name].safeParse(body);
  expect(parsed.error?.issues ?? [], `${path} ${status}: ${name} (zod)`).toEqual([]);
  expect(parsed.data, `${path} ${status}: fields the ${name} schema does not describe`).toEqual(body);
  const validate = jsonSchemaValidator(name);
  validate(body);
  expect(validate.errors ?? [], `${path} ${status}: ${name} (generated JSON Schema)`).toEqual([]);
  return body;
}
