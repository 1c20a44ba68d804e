import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestLogEntry } from '../admin.ts';
import { sendJson, setCorsHeaders } from '../httpResponses.ts';
import { serialiseWithRoot } from '../representation.ts';
import type { SampleData } from '../sampleData.ts';
import { generateNews, type ServedNewsItem } from './generateNews.ts';
import { answerNewsRequest } from './newsQuery.ts';

/**
 * The Spaceflight News API v4 stand-in, mounted beside the LL2 stand-in on the same server (its
 * own base path, e.g. `/snapi/v4`), so the app's news works offline in dev, tests and demos. Its
 * news follows the LL2 stand-in's events (regenerated when they change); its own request log and
 * failure switch let tests count and break news requests without touching LL2's budget or faults.
 */
export interface NewsStandIn {
  /** The mount path, e.g. `/snapi/v4`. */
  readonly basePath: string;
  /** Every item served, hostile ones included. */
  items(): readonly ServedNewsItem[];
  /** Recent news requests, oldest first (path and query relative to the mount). */
  readonly requestLog: RequestLogEntry[];
  /** The next `count` news requests answer `status` (500 JSON, or 502–504 with an HTML body). */
  failNext(count: number, status?: number): void;
  /** Clears the request log and pending failures. */
  reset(): void;
  /** True when the path is under the mount. */
  owns(pathname: string): boolean;
  handle(req: IncomingMessage, res: ServerResponse, requestUrl: URL, mediaRoot: string): void;
}

const REQUEST_LOG_LIMIT = 2000;

/** `/2.3.0` → `/snapi/v4`; `/sample-api/2.3.0` → `/sample-api/snapi/v4`. */
export function newsBasePathBeside(ll2BasePath: string): string {
  return `${ll2BasePath.replace(/\/[^/]*$/, '')}/snapi/v4`;
}

export function createNewsStandIn(options: {
  basePath: string;
  data: SampleData;
  clock: () => number;
}): NewsStandIn {
  const { basePath, data, clock } = options;
  const requestLog: RequestLogEntry[] = [];
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  let cached: { version: number; options: unknown; items: ServedNewsItem[] } | null = null;

  const items = (): ServedNewsItem[] => {
    const version = data.store.version;
    if (cached?.version !== version || cached.options !== data.options) {
      const { seed, nowMs, hostile } = data.options;
      cached = {
        version,
        options: data.options,
        items: generateNews(data.events(), { seed, nowMs, hostile }),
      };
    }
    return cached.items;
  };

  const log = (req: IncomingMessage, path: string, status: number) => {
    requestLog.push({ method: req.method ?? 'GET', path, status, atMs: clock() });
    if (requestLog.length > REQUEST_LOG_LIMIT)
      requestLog.splice(0, requestLog.length - REQUEST_LOG_LIMIT);
  };

  return {
    basePath,
    items,
    requestLog,
    failNext(count, status = 500) {
      failures = { count, status };
    },
    reset() {
      requestLog.length = 0;
      failures = { count: 0, status: 500 };
    },
    owns: (pathname) => pathname === basePath || pathname.startsWith(`${basePath}/`),
    handle(req, res, requestUrl, mediaRoot) {
      setCorsHeaders(req, res);
      if (req.method === 'OPTIONS') {
        res.writeHead(204);
        res.end();
        return;
      }
      let path = requestUrl.pathname.slice(basePath.length) || '/';
      if (!path.endsWith('/')) path += '/';
      const relative = path + requestUrl.search;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendJson(
          res,
          405,
          JSON.stringify({ detail: `Method "${req.method ?? ''}" not allowed.` }),
          {
            Allow: 'GET, HEAD, OPTIONS',
          },
        );
        return;
      }
      if (failures.count > 0) {
        failures.count -= 1;
        log(req, relative, failures.status);
        if (failures.status === 500)
          sendJson(res, 500, JSON.stringify({ detail: 'A server error occurred.' }));
        else
          sendJson(res, failures.status, '<!DOCTYPE html><h1>Bad Gateway</h1>', {
            'Content-Type': 'text/html',
          });
        return;
      }
      const answer = answerNewsRequest(path, requestUrl, items());
      log(req, relative, answer.status);
      // The stand-in's pictures are the LL2 stand-in's own generated media.
      sendJson(res, answer.status, serialiseWithRoot(answer.body, mediaRoot));
    },
  };
}
