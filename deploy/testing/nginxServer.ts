import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostingRules, type HostingOptions } from '../hostingRules.ts';
import { renderNginxServer } from '../nginxConfig.ts';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/**
 * Whether the nginx tests can run here. Without nginx they are skipped with a message — except
 * under CI, where a missing nginx is a broken machine (`.ci/run` installs it) and must fail.
 */
export function nginxAvailability(): { run: true } | { run: false; reason: string } {
  if (existsSync(NGINX_PATH)) return { run: true };
  const reason = `nginx is not installed at ${NGINX_PATH} (apt-get install nginx, or set NGINX_PATH)`;
  if (process.env.CI) throw new Error(`${reason}; CI must run the nginx tests.`);
  return { run: false, reason };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (typeof address === 'object' && address !== null) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

export interface RunningNginx {
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts nginx in the foreground with the project's generated server block, on a free loopback
 * port, everything (pid, logs, temp files) under a temporary prefix that `stop` removes.
 * `root` must be readable by nginx's worker user: the caller's folders are opened up (0755).
 */
export async function startNginx(root: string, options: HostingOptions): Promise<RunningNginx> {
  const prefix = await mkdtemp(join(tmpdir(), 'rendezvous-nginx-'));
  await chmod(prefix, 0o755);
  await mkdir(join(prefix, 'logs'), { recursive: true });
  const port = await freePort();
  const server = renderNginxServer(hostingRules(options), {
    listen: `127.0.0.1:${port}`,
    serverName: 'localhost',
    root,
  });
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `    ${name}_temp_path ${join(prefix, name)};`)
    .join('\n');
  const conf = `daemon off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'logs', 'error.log')} warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
${temp}
${server.replace(/^/gm, '    ')}
}
`;
  const confPath = join(prefix, 'nginx.conf');
  await writeFile(confPath, conf);
  const child: ChildProcess = spawn(
    NGINX_PATH,
    ['-p', prefix, '-c', confPath, '-e', join(prefix, 'logs', 'error.log')],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (data: Buffer) => {
    stderr += data.toString();
  });
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) {
      const log = await readFile(join(prefix, 'logs', 'error.log'), 'utf8').catch(() => '');
      throw new Error(`nginx did not start: ${stderr}${log}`);
    }
    try {
      await fetch(`${origin}/`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${origin}: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
