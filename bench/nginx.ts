/**
 * Debian's nginx with deploy/nginx/guichet.conf, run as a normal user from a temporary folder, for `npm run loadtest`
 * and e2e/edge-cache.spec.ts: the deploy file's upstream, listen address, cache folders and edge secret are rewritten
 * for loopback ports and that folder; everything else is the file as deployed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join, resolve } from 'node:path';

const DEPLOYED = resolve(import.meta.dirname, '..', 'deploy', 'nginx', 'guichet.conf');

/** Debian's binary (/usr/sbin is not on every user's PATH). */
export function nginxBinary(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (existsSync(candidate)) return candidate;
  const which = spawnSync('nginx', ['-v']);
  return which.error ? undefined : 'nginx';
}

export interface NginxOptions {
  /** temporary folder: configuration, caches, logs */
  folder: string;
  port: number;
  upstreamPorts: readonly number[];
  /** the edge secret shared with the instances; '' leaves pages private */
  edgeSecret: string;
}

/** The deployed site file with the loopback upstreams, listen port and cache folders of this run. */
export function localSite(options: NginxOptions): string {
  let site = readFileSync(DEPLOYED, 'utf8');
  site = site.replace(/^\s*server 127\.0\.0\.1:\d+[^\n]*\n/gm, '');
  site = site.replace(
    'least_conn;',
    `least_conn;\n${options.upstreamPorts.map((port) => `    server 127.0.0.1:${port} max_fails=3 fail_timeout=10s;`).join('\n')}`,
  );
  site = site.replace(/listen 80;/, `listen 127.0.0.1:${options.port};`).replace(/^\s*listen \[::\]:80;\n/m, '');
  site = site.replaceAll('/var/cache/nginx/', `${join(options.folder, 'cache')}/`);
  site = site.replaceAll('/var/log/nginx/', `${options.folder}/`);
  const expected = [`listen 127.0.0.1:${options.port}`, `127.0.0.1:${options.upstreamPorts[0]}`, 'include guichet-edge-secret.conf;'];
  if (expected.some((part) => !site.includes(part)) || /\/var\/(cache|log)\/nginx/.test(site))
    throw new Error('deploy/nginx/guichet.conf changed shape: update bench/nginx.ts');
  return site;
}

/** Starts nginx in the foreground of its own process group and waits until it answers on `readyPath`. */
export async function startNginx(
  options: NginxOptions & { readyPath: string },
): Promise<{ child: ChildProcess; stop: () => Promise<void> }> {
  const binary = nginxBinary();
  if (binary === undefined) throw new Error('nginx is not installed: apt-get install -y nginx');
  const { folder } = options;
  mkdirSync(join(folder, 'cache'), { recursive: true });
  const asRoot = process.getuid?.() === 0 ? 'user root root;\n' : '';
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(folder, kind)};`).join('\n');
  const conf = join(folder, 'nginx.conf');
  writeFileSync(
    conf,
    `${asRoot}worker_processes 1;\npid ${join(folder, 'nginx.pid')};\nerror_log ${join(folder, 'error.log')} warn;\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n${temp}\n${localSite(options)}\n}\n`,
  );
  writeFileSync(join(folder, 'guichet-edge-secret.conf'), `set $guichet_edge_secret "${options.edgeSecret}";\n`, { mode: 0o600 });
  const errorLog = join(folder, 'error.log');
  const check = spawnSync(binary, ['-t', '-e', errorLog, '-p', folder, '-c', conf], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`);
  const child = spawn(binary, ['-e', errorLog, '-p', folder, '-c', conf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  /** Graceful stop, waiting for the port to be free (SIGKILL after 5 s). */
  const stop = async () => {
    if (exited) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-child.pid!, 'SIGQUIT');
    } catch {
      return;
    }
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (!exited) process.kill(-child.pid!, 'SIGKILL');
  };
  for (let tries = 0; tries < 200; tries++) {
    const ok = await new Promise<boolean>((resolve) =>
      http
        .get(`http://127.0.0.1:${options.port}${options.readyPath}`, { agent: false }, (r) => (r.resume(), resolve(r.statusCode === 200)))
        .on('error', () => resolve(false)),
    );
    if (ok) return { child, stop };
    if (exited) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`nginx did not answer: ${readFileSync(errorLog, 'utf8')}`);
}
