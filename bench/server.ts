/**
 * Start and stop `next start` for the benches, from a folder that is already built (nothing is built here), and read
 * the memory of the server's process tree from /proc (Linux).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';

export interface RunningServer {
  child: ChildProcess;
  port: number;
  origin: string;
  /** ms from spawn to the first 200 on `readyPath` */
  startToFirst200Ms: number;
  stop: () => Promise<void>;
}

/** The `next` executable of the project's node_modules, run with the same node. */
export function nextBin(projectRoot: string): string {
  return join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
}

function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', () => resolve(0));
    request.setTimeout(5_000, () => request.destroy());
  });
}

export async function startNext(options: {
  dir: string;
  projectRoot: string;
  port: number;
  readyPath: string;
  env?: Record<string, string>;
}): Promise<RunningServer> {
  const started = performance.now();
  const child = spawn(process.execPath, [nextBin(options.projectRoot), 'start', '-p', String(options.port), '-H', '127.0.0.1'], {
    cwd: options.dir,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const origin = `http://127.0.0.1:${options.port}`;
  let exited = false;
  child.on('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`next start in ${options.dir} exited early`);
    if ((await get(origin + options.readyPath)) === 200) break;
    if (performance.now() - started > 120_000) throw new Error(`next start in ${options.dir}: no 200 within 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const startToFirst200Ms = performance.now() - started;
  const stop = async () => {
    if (exited) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return;
    }
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (!exited) process.kill(-child.pid!, 'SIGKILL');
  };
  return { child, port: options.port, origin, startToFirst200Ms, stop };
}

/** Resident memory (MB) of a process and all its descendants. */
export function treeRssMb(pid: number): number {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, ppid] of parent) {
      if (tree.has(ppid) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  let kb = 0;
  for (const member of tree) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, 'utf8'));
      if (match) kb += Number(match[1]);
    } catch {
      // ended
    }
  }
  return kb / 1024;
}

/**
 * RSS (MB) of the server's process tree once its start-up work has finished: polled until it has not grown by more
 * than 2 MB for 2 s (at most 30 s). Work a server starts at boot without waiting for it (Guichet opens its
 * problem-reports database from instrumentation.ts) is part of its start, not growth caused by requests.
 */
export async function settledRssMb(pid: number): Promise<number> {
  const started = performance.now();
  let stableSince = performance.now();
  let reference = treeRssMb(pid);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = treeRssMb(pid);
    if (now > reference + 2) {
      reference = now;
      stableSince = performance.now();
    }
    if (performance.now() - stableSince >= 2_000 || performance.now() - started >= 30_000) return Math.max(now, reference);
  }
}
