/**
 * A small HTTP load generator for the benches (`npm run bench:web`, `npm run loadtest`): N keep-alive connections
 * (node:http Agent, one socket each), each sending its next request as soon as the previous answer is read, for a
 * fixed duration or a fixed number of requests. Like autocannon's default mode, without a dependency.
 */
import http from 'node:http';

export interface LoadOptions {
  origin: string;
  /** paths to request, taken in turn (round robin across all connections) */
  paths: readonly string[];
  connections: number;
  /** stop after this many ms (or after `requests`, whichever first) */
  durationMs?: number;
  requests?: number;
  headers?: Record<string, string>;
  /** names the class of a path (e.g. 'page', 'api'), for figures per class in `classes` */
  classOf?: (path: string) => string;
}

/** Figures for the requests of one class. */
export interface ClassResult {
  requests: number;
  errors: number;
  /** X-Cache-Status (nginx) → count, when the header is present */
  cache: Map<string, number>;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** status code → count */
  statuses: Map<number, number>;
  /** X-Cache-Status (nginx) → count, when the header is present */
  cache: Map<string, number>;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  bytes: number;
  /** per class, when `classOf` is given */
  classes: Map<string, ClassResult>;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

function once(
  agent: http.Agent,
  origin: URL,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; bytes: number; cache?: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ agent, host: origin.hostname, port: origin.port, path, method: 'GET', headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, bytes, cache: response.headers['x-cache-status'] as string | undefined }),
      );
      response.on('error', reject);
    });
    request.setTimeout(30_000, () => request.destroy(new Error('timeout')));
    request.on('error', reject);
    request.end();
  });
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const origin = new URL(options.origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const headers = { 'accept-encoding': 'gzip, br', ...options.headers };
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const cache = new Map<string, number>();
  const perClass = new Map<string, { latencies: number[]; errors: number; cache: Map<string, number> }>();
  const classOf = options.classOf ?? (() => 'all');
  let next = 0;
  let errors = 0;
  let bytes = 0;
  const started = performance.now();
  const deadline = options.durationMs === undefined ? Infinity : started + options.durationMs;
  const limit = options.requests ?? Infinity;
  const worker = async () => {
    while (performance.now() < deadline && next < limit) {
      const path = options.paths[next++ % options.paths.length]!;
      const name = classOf(path);
      let own = perClass.get(name);
      if (own === undefined) perClass.set(name, (own = { latencies: [], errors: 0, cache: new Map() }));
      const t0 = performance.now();
      try {
        const answer = await once(agent, origin, path, headers);
        const latency = performance.now() - t0;
        latencies.push(latency);
        own.latencies.push(latency);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.cache) {
          cache.set(answer.cache, (cache.get(answer.cache) ?? 0) + 1);
          own.cache.set(answer.cache, (own.cache.get(answer.cache) ?? 0) + 1);
        }
        if (answer.status >= 500) {
          errors++;
          own.errors++;
        }
        bytes += answer.bytes;
      } catch {
        errors++;
        own.errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const classes = new Map<string, ClassResult>();
  for (const [name, own] of perClass) {
    own.latencies.sort((a, b) => a - b);
    classes.set(name, { requests: own.latencies.length, errors: own.errors, cache: own.cache, latencyMs: latencySummary(own.latencies) });
  }
  return {
    requests: latencies.length,
    errors,
    statuses,
    cache,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    latencyMs: latencySummary(latencies.sort((a, b) => a - b)),
    bytes,
    classes,
  };
}

function latencySummary(sorted: readonly number[]): { p50: number; p90: number; p99: number; max: number } {
  return { p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN };
}
