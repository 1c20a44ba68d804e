import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** A running static server: its origin, every path asked for (oldest first), and how to stop it. */
export interface StaticFolderServer {
  origin: string;
  requestLog: { path: string; status: number }[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ics': 'text/calendar; charset=utf-8',
  '.map': 'application/json',
};

/**
 * Serves `dir` over HTTP on 127.0.0.1 (a free port) for tests: a published snapshot, or a built app
 * with its snapshot beside it (`spaFallback`: a path without a file extension gets `index.html`).
 * Snapshot files carry `Access-Control-Allow-Origin: *`, as deploy/ serves them.
 */
export async function serveStaticFolder(
  dir: string,
  options: { spaFallback?: boolean } = {},
): Promise<StaticFolderServer> {
  const requestLog: StaticFolderServer['requestLog'] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const answer = (status: number, body: Uint8Array | string, type = 'text/plain') => {
      requestLog.push({ path, status });
      response.writeHead(status, {
        'Content-Type': type,
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'no-cache',
      });
      response.end(body);
    };
    const file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) {
      answer(404, 'not found');
      return;
    }
    void (async () => {
      const found = await stat(file).catch(() => null);
      const target = found?.isFile()
        ? file
        : found?.isDirectory() && options.spaFallback
          ? join(dir, 'index.html')
          : options.spaFallback && extname(path) === ''
            ? join(dir, 'index.html')
            : null;
      if (target === null) {
        answer(404, 'not found');
        return;
      }
      const bytes = await readFile(target);
      answer(200, bytes, TYPES[extname(target)] ?? 'application/octet-stream');
    })().catch((error: unknown) => {
      answer(500, String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requestLog,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
