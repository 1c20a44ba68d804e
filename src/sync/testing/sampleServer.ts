/**
 * Starts the project's sample LL2 server (sample-api/, a Node program) for sync tests over real
 * HTTP. Imported by path at run time, not statically: the app's TypeScript project has no Node
 * types, so this file states the small part of the server's interface the tests use.
 */
export interface TestSampleServer {
  baseUrl: string;
  close(): Promise<void>;
  faults: {
    throttleAfter(calls: number, retryAfterSeconds?: number): void;
    failNext(count: number, status?: 500 | 502 | 503 | 504): void;
    malformNext(count: number): void;
    truncateNext(count: number): void;
    malformRecordNext(count: number): void;
    disconnectNext(count: number): void;
    clear(): void;
  };
  data: {
    events(): readonly { id: number; name: string; last_updated: string; date: string | null }[];
    edit(
      id: number,
      changes: { name?: string; description?: string; date?: string | null },
    ): { id: number; last_updated: string };
    remove(id: number): boolean;
    create(changes: { name: string; typeId: number; date?: string }): {
      id: number;
      last_updated: string;
    };
  };
  api: { requestLog: { method: string; path: string; status: number; atMs: number }[] };
}

interface SampleServerModule {
  startSampleServer(options: {
    port?: number;
    size?: number;
    seed?: number;
    now?: number;
    clock?: () => number;
    requestLimit?: number | null;
  }): Promise<TestSampleServer>;
}

const SERVER_MODULE = new URL('../../../sample-api/server.ts', import.meta.url).href;

export async function startTestSampleServer(options: {
  size: number;
  clock: () => number;
  requestLimit?: number | null;
}): Promise<TestSampleServer> {
  const module = (await import(/* @vite-ignore */ SERVER_MODULE)) as SampleServerModule;
  return module.startSampleServer({
    port: 0,
    size: options.size,
    seed: 7,
    now: options.clock(),
    clock: options.clock,
    requestLimit: options.requestLimit ?? null,
  });
}

/** API requests the server answered (method GET), oldest first, as `status path`. */
export function answeredRequests(server: TestSampleServer): string[] {
  return server.api.requestLog
    .filter((entry) => entry.method === 'GET' && !entry.path.startsWith('/api-throttle/'))
    .map((entry) => `${entry.status} ${entry.path}`);
}
