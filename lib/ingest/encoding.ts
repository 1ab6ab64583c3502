import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { SourceFileEncoding } from '../model/source-description';
import { SourceFailure } from './errors';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'cp1252';

/** The encoding a source declares for a file (source.json, from PROVENANCE.md). UTF-8 unless declared otherwise. */
export type DeclaredEncoding = SourceFileEncoding;

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8Offset(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

/** True when the bytes hold at least one multi-byte UTF-8 sequence and nothing that is not UTF-8. */
function looksLikeUtf8Text(bytes: Buffer): boolean {
  return bytes.some((b) => b >= 0x80) && firstInvalidUtf8Offset(bytes) === -1;
}

/**
 * Decodes bytes in the encoding the source declares. A BOM is honoured (it is unambiguous). There is no guessing:
 * a UTF-8 file with one stray cp1252 byte used to decode whole as cp1252 and turn every accent into mojibake, so a
 * byte that does not fit the declared encoding fails the file, naming its offset.
 */
export function decodeBytes(bytes: Buffer, displayName: string, declared: DeclaredEncoding = 'utf-8'): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const bad = firstInvalidUtf8Offset(body);
    if (bad !== -1) throw new SourceFailure(displayName, invalidUtf8Message(body, bad + 3, 'starts with a UTF-8 byte-order mark'));
    return { text: body.toString('utf8'), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (declared === 'cp1252') {
    if (looksLikeUtf8Text(bytes)) {
      throw new SourceFailure(
        displayName,
        'declared cp1252 but the bytes are UTF-8: update the declared encoding (PROVENANCE.md and source.json)',
      );
    }
    return { text: iconv.decode(bytes, 'win1252'), encoding: 'cp1252' };
  }
  const bad = firstInvalidUtf8Offset(bytes);
  if (bad !== -1) throw new SourceFailure(displayName, invalidUtf8Message(bytes, bad, 'is declared UTF-8'));
  return { text: bytes.toString('utf8'), encoding: 'utf-8' };
}

function invalidUtf8Message(bytes: Buffer, offset: number, why: string): string {
  const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
  const hex = bytes
    .subarray(offset, offset + 4)
    .toString('hex')
    .replace(/(..)/g, '$1 ')
    .trim();
  return `invalid UTF-8 at byte offset ${offset} (line ${line}, bytes ${hex}): the file ${why}; a mix of encodings is not decoded by guessing`;
}

/** Reads and decodes a source file; a missing, empty or wrongly encoded file fails the whole source. */
export function readSourceText(path: string, displayName: string, declared: DeclaredEncoding = 'utf-8'): DecodedText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new SourceFailure(displayName, `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (bytes.length === 0) throw new SourceFailure(displayName, 'file is empty');
  return decodeBytes(bytes, displayName, declared);
}

/** Reads a JSON source file; bad JSON (a truncated file included) fails the whole source. */
export function readSourceJson(path: string, displayName: string, declared: DeclaredEncoding = 'utf-8'): unknown {
  const { text } = readSourceText(path, displayName, declared);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SourceFailure(displayName, `invalid or truncated JSON (${(error as Error).message})`);
  }
}
