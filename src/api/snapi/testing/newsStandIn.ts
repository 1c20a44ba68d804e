/**
 * Starts the sample server (sample-api/, a Node program) with its Spaceflight News API stand-in,
 * for news tests over real HTTP. Imported by path at run time, like src/sync/testing/sampleServer.ts:
 * the app's TypeScript project has no Node types, so the small interface used is stated here.
 */
export interface NewsTestServer {
  baseUrl: string;
  newsBaseUrl: string;
  close(): Promise<void>;
  api: {
    requestLog: { path: string; status: number }[];
    news: {
      items(): readonly {
        kind: string;
        id: unknown;
        title?: unknown;
        url?: unknown;
        events?: unknown;
      }[];
      requestLog: { path: string; status: number }[];
      failNext(count: number, status?: number): void;
      reset(): void;
    };
  };
}

const SERVER_MODULE = new URL('../../../../sample-api/server.ts', import.meta.url).href;

export async function startNewsTestServer(options: {
  now: number;
  hostile?: boolean;
}): Promise<NewsTestServer> {
  const module = (await import(/* @vite-ignore */ SERVER_MODULE)) as {
    startSampleServer(options: object): Promise<NewsTestServer>;
  };
  return module.startSampleServer({
    port: 0,
    size: 200,
    seed: 5,
    now: options.now,
    hostile: options.hostile ?? false,
  });
}

/** LL2 event ids that have at least one article, in id order. */
export function eventsWithArticles(server: NewsTestServer): number[] {
  const ids = new Set<number>();
  for (const item of server.api.news.items()) {
    if (item.kind !== 'article' || !Array.isArray(item.events)) continue;
    for (const ref of item.events as { event_id: number }[]) ids.add(ref.event_id);
  }
  return [...ids].sort((a, b) => a - b);
}
