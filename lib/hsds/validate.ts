import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The HSDS 3.0 table schemas, copied unchanged into lib/hsds/spec (see its PROVENANCE.md). */
export const HSDS_SPEC_DIR = join(process.cwd(), 'lib', 'hsds', 'spec');

/** HSDS entity (schema file name without .json) of each tabular file / table name. */
export const ENTITY_OF_TABLE: Record<string, string> = {
  organizations: 'organization',
  organization_identifiers: 'organization_identifier',
  services: 'service',
  locations: 'location',
  service_at_locations: 'service_at_location',
  service_at_location: 'service_at_location',
  addresses: 'address',
  phones: 'phone',
  schedules: 'schedule',
  languages: 'language',
  accessibility: 'accessibility',
  taxonomies: 'taxonomy',
  taxonomy_terms: 'taxonomy_term',
  attributes: 'attribute',
  metadata: 'metadata',
  contacts: 'contact',
  programs: 'program',
  funding: 'funding',
  service_areas: 'service_area',
  required_documents: 'required_document',
  cost_options: 'cost_option',
  meta_table_descriptions: 'meta_table_description',
};

export interface HsdsValidator {
  validate(entity: string, record: unknown): ErrorObject[];
  entities: string[];
}

let cached: HsdsValidator | undefined;

/** ajv over every HSDS schema (draft 2020-12 keywords the schemas use are draft-07 compatible; extra keys allowed). */
export function hsdsValidator(specDir: string = HSDS_SPEC_DIR): HsdsValidator {
  if (cached && specDir === HSDS_SPEC_DIR) return cached;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const files = readdirSync(specDir).filter((f) => f.endsWith('.json'));
  for (const file of files) ajv.addSchema(JSON.parse(readFileSync(join(specDir, file), 'utf8')) as object, file);
  const compiled = new Map<string, ValidateFunction>();
  const validator: HsdsValidator = {
    entities: files.map((f) => f.replace(/\.json$/, '')),
    validate(entity, record) {
      let fn = compiled.get(entity);
      if (!fn) {
        fn = ajv.getSchema(`${entity}.json`);
        if (!fn) throw new Error(`no HSDS schema for ${entity}`);
        compiled.set(entity, fn);
      }
      return fn(record) ? [] : [...(fn.errors ?? [])];
    },
  };
  if (specDir === HSDS_SPEC_DIR) cached = validator;
  return validator;
}

export function describeError(error: ErrorObject): string {
  const where = error.instancePath || '(record)';
  const extra = error.keyword === 'enum' ? `: ${(error.params as { allowedValues?: unknown[] }).allowedValues?.join(', ') ?? ''}` : '';
  return `${where} ${error.message ?? error.keyword}${extra}`;
}
