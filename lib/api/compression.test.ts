import { afterAll, describe, expect, it } from 'vitest';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { storeContentTypeAsString } from './compression';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
/** The middleware `next start` runs in front of every response (untyped, hence required). */
const compression = createRequire(import.meta.url)('next/dist/compiled/compression') as () => Middleware;

const body = JSON.stringify({ features: Array.from({ length: 200 }, (_, i) => ({ id: i, name: 'outline' })) });
const compress = compression();

/** Answers as Next copies a route handler's answer: every header through setHeader with an array value. */
const server = http.createServer((request, response) => {
  compress(request, response, () => undefined);
  response.setHeader('Content-Type', ['application/json; charset=utf-8']);
  response.setHeader('Vary', ['rsc']);
  response.end(body);
});
const listening = new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
afterAll(() => server.close());

function get(port: number): Promise<{ headers: http.IncomingHttpHeaders; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get({ port, host: '127.0.0.1', headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, bytes: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('storeContentTypeAsString', () => {
  it('lets the compression middleware gzip an answer whose Content-Type was set as an array (it did not before)', async () => {
    const port = await listening;
    const before = await get(port);
    expect(before.headers['content-encoding']).toBeUndefined();
    expect(before.bytes.toString()).toBe(body);

    storeContentTypeAsString(http.ServerResponse.prototype);
    storeContentTypeAsString(http.ServerResponse.prototype);
    const after = await get(port);
    expect(after.headers['content-encoding']).toBe('gzip');
    expect(after.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(after.headers.vary).toBe('rsc, Accept-Encoding');
    expect(gunzipSync(after.bytes).toString()).toBe(body);
    expect(after.bytes.length).toBeLessThan(body.length / 4);
  });
});
