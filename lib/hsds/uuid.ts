import { createHash } from 'node:crypto';

/** Fixed namespace of Guichet's HSDS identifiers (a random v4 UUID chosen once; never change it). */
export const GUICHET_NAMESPACE = '6b1f3c1e-2f57-4d0b-9a3c-5d6c1f0e8a42';

function bytesOf(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** RFC 4122 version-5 UUID of `name` in `namespace`: the same input gives the same id in every snapshot. */
export function uuidV5(name: string, namespace: string = GUICHET_NAMESPACE): string {
  const hash = createHash('sha1').update(bytesOf(namespace)).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type HsdsKind =
  | 'organization'
  | 'organization_identifier'
  | 'service'
  | 'location'
  | 'service_at_location'
  | 'address'
  | 'phone'
  | 'schedule'
  | 'language'
  | 'accessibility'
  | 'attribute'
  | 'metadata'
  | 'taxonomy'
  | 'taxonomy_term';

/** The HSDS id of a Guichet record (or of a row derived from one). */
export function hsdsId(kind: HsdsKind, key: string): string {
  return uuidV5(`${kind}:${key}`);
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
