import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { SourceFailure } from './errors';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'cp1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Decodes bytes: a BOM decides; otherwise strict UTF-8, falling back to cp1252
 * (Windows exports from federal catalogues are cp1252, e.g. the ISC First Nations list).
 * Pass `expected` when PROVENANCE states the encoding; it still honours a BOM.
 */
export function decodeBytes(bytes: Buffer, expected?: 'utf-8' | 'cp1252'): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (expected === 'cp1252') return { text: iconv.decode(bytes, 'win1252'), encoding: 'cp1252' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'win1252'), encoding: 'cp1252' };
  }
}

/** Reads and decodes a source file; a missing or unreadable file fails the whole source. */
export function readSourceText(path: string, displayName: string, expected?: 'utf-8' | 'cp1252'): DecodedText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new SourceFailure(displayName, `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (bytes.length === 0) throw new SourceFailure(displayName, 'file is empty');
  return decodeBytes(bytes, expected);
}

/** Reads a JSON source file; bad JSON fails the whole source. */
export function readSourceJson(path: string, displayName: string): unknown {
  const { text } = readSourceText(path, displayName);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SourceFailure(displayName, `invalid JSON (${(error as Error).message})`);
  }
}
