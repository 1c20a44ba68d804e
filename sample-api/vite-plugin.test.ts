import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { sampleApiPlugin, SAMPLE_API_MOUNT } from './vite-plugin.ts';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Runs the middleware the plugin registers, in front of a fallback that answers 418. */
async function withPluginServer(
  hook: 'configureServer' | 'configurePreviewServer',
  run: (origin: string) => Promise<void>,
): Promise<void> {
  const middlewares: Middleware[] = [];
  const plugin = sampleApiPlugin({ size: 40, now: Date.parse('2026-02-01T00:00:00Z') });
  const fakeServer = {
    middlewares: { use: (middleware: Middleware) => middlewares.push(middleware) },
  };
  const install = plugin[hook] as unknown as (server: typeof fakeServer) => void;
  install(fakeServer);
  expect(middlewares).toHaveLength(1);
  const server = createServer((req, res) => {
    const [middleware] = middlewares;
    middleware?.(req, res, () => {
      res.writeHead(418);
      res.end('app');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await run(`http://127.0.0.1:${port}`);
  } finally {
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  }
}

describe('sampleApiPlugin', () => {
  it.each(['configureServer', 'configurePreviewServer'] as const)(
    '%s mounts the API at /sample-api/2.3.0 and passes other paths on',
    async (hook) => {
      await withPluginServer(hook, async (origin) => {
        const page = (await (
          await fetch(`${origin}${SAMPLE_API_MOUNT}/events/?limit=2`)
        ).json()) as { count: number; next: string };
        expect(page.count).toBe(40);
        expect(page.next).toBe(`${origin}/sample-api/2.3.0/events/?limit=2&offset=2`);
        expect((await fetch(`${origin}/events/upcoming`)).status).toBe(418);
      });
    },
  );
});
