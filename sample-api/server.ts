import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerAdminRequest, type RequestLogEntry } from './admin.ts';
import { answerApiRequest } from './apiRoutes.ts';
import { createFaultController, type FaultController } from './faults.ts';
import { MEDIA_PATH, renderMediaPng } from './media.ts';
import { serialiseWithRoot } from './representation.ts';
import { createRequestBudget, type RequestBudget } from './requestBudget.ts';
import { createSampleData, type SampleData } from './sampleData.ts';
import type { StoredEvent } from './types.ts';
import type { DataSetOptions } from './generateEvents.ts';
import { createNewsStandIn, newsBasePathBeside, type NewsStandIn } from './snapi/newsStandIn.ts';
import {
  damageOneRecord,
  MALFORMED_BODY,
  readBody,
  sendJson,
  setCorsHeaders,
} from './httpResponses.ts';

const HOUR = 3_600_000;
const REQUEST_LOG_LIMIT = 2000;

export interface SampleApiOptions {
  /** Path the API is mounted under, without a trailing slash. Default '/2.3.0'. */
  basePath?: string;
  /** Number of generated events (plus the hostile ones). Default 1100; up to 100,000. */
  size?: number;
  seed?: number;
  /**
   * The instant the data is built around. Default: the current hour, so servers started in the same
   * hour serve the same data. When given, the clock is frozen at it unless `clock` is given too.
   */
  now?: Date | number;
  /** The time the windows (upcoming/previous) and edits use. */
  clock?: () => number;
  /** Adds events with HTML, script and `javascript:` payloads. */
  hostile?: boolean;
  /** Calls per hour per caller before 429, like production LL2. Default: unlimited. */
  requestLimit?: number | null;
  /** The window `requestLimit` counts over, in seconds. Default: an hour, like production LL2. */
  requestWindowSeconds?: number;
  /** When set, a request with an `Authorization: Token <t>` not in this list gets 401. */
  tokens?: readonly string[];
  /** Serves exactly these events instead of generated ones (tests with hand-checked data). */
  events?: readonly StoredEvent[];
  /** Where the Spaceflight News API stand-in is mounted. Default: `snapi/v4` beside `basePath`. */
  newsBasePath?: string;
}

/** A connect-style handler: calls `next` for paths outside the mount when one is given. */
export type SampleApiHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: () => void,
) => void;

export interface SampleApi {
  handler: SampleApiHandler;
  data: SampleData;
  faults: FaultController;
  budget: RequestBudget;
  /** Recent requests to the API routes, oldest first. */
  requestLog: RequestLogEntry[];
  /** The Spaceflight News API v4 stand-in on the same server (its own log and failures). */
  news: NewsStandIn;
  /** Regenerates the data and clears faults, the request log and budget use. */
  reset(overrides?: { size?: number; seed?: number; hostile?: boolean }): void;
}

export function createSampleApi(options: SampleApiOptions = {}): SampleApi {
  const basePath = (options.basePath ?? '/2.3.0').replace(/\/+$/, '');
  const nowMs =
    options.now === undefined
      ? Math.floor(Date.now() / HOUR) * HOUR
      : new Date(options.now).getTime();
  const clock = options.clock ?? (options.now === undefined ? () => Date.now() : () => nowMs);
  const size = options.size ?? 1100;
  if (!Number.isInteger(size) || size < 0 || size > 1_000_000)
    throw new RangeError(`size must be a whole number up to 1,000,000, got ${size}`);
  const data = createSampleData(
    { size, seed: options.seed ?? 20_250_101, nowMs, hostile: options.hostile ?? false },
    clock,
    options.events,
  );
  const faults = createFaultController();
  const budget = createRequestBudget(options.requestLimit ?? null, options.requestWindowSeconds);
  const requestLog: RequestLogEntry[] = [];
  const tokens = options.tokens ? new Set(options.tokens) : null;
  const news = createNewsStandIn({
    basePath: (options.newsBasePath ?? newsBasePathBeside(basePath)).replace(/\/+$/, ''),
    data,
    clock,
  });

  const reset: SampleApi['reset'] = (overrides = {}) => {
    faults.clear();
    budget.reset();
    requestLog.length = 0;
    news.reset();
    // An absent override keeps the current option (JSON bodies may omit any of them).
    const defined: Partial<DataSetOptions> = {};
    if (overrides.size !== undefined) defined.size = overrides.size;
    if (overrides.seed !== undefined) defined.seed = overrides.seed;
    if (overrides.hostile !== undefined) defined.hostile = overrides.hostile;
    data.reset(defined);
  };

  const log = (req: IncomingMessage, path: string, status: number) => {
    requestLog.push({ method: req.method ?? 'GET', path, status, atMs: clock() });
    if (requestLog.length > REQUEST_LOG_LIMIT)
      requestLog.splice(0, requestLog.length - REQUEST_LOG_LIMIT);
  };

  const answerAdmin = async (req: IncomingMessage, res: ServerResponse, action: string) => {
    let body: unknown;
    try {
      const text = await readBody(req);
      body = text.trim() === '' ? undefined : JSON.parse(text);
    } catch (error) {
      sendJson(
        res,
        400,
        JSON.stringify({
          detail: `Body is not JSON: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
      return;
    }
    const answer = answerAdminRequest(req.method ?? 'GET', action, body, {
      data,
      faults,
      budget,
      requestLog,
      reset,
    });
    sendJson(res, answer.status, JSON.stringify(answer.body));
  };

  const answerApi = (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    requestUrl: URL,
    apiRoot: string,
  ) => {
    const relative = path + requestUrl.search;
    const authorization = req.headers.authorization;
    const token = authorization?.startsWith('Token ')
      ? authorization.slice('Token '.length).trim()
      : null;
    if (tokens && authorization !== undefined && (token === null || !tokens.has(token))) {
      log(req, relative, 401);
      sendJson(res, 401, JSON.stringify({ detail: 'Invalid token.' }));
      return;
    }
    const ident = token ?? req.socket.remoteAddress ?? 'unknown';
    const send = (status: number, text: string, headers: Record<string, string> = {}) => {
      log(req, relative, status);
      const deliver = () => {
        if (req.method === 'HEAD') {
          res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
          res.end();
        } else sendJson(res, status, text, headers);
      };
      const latency = faults.snapshot().latencyMs;
      if (latency > 0) setTimeout(deliver, latency);
      else deliver();
    };
    if (path === '/api-throttle/') {
      send(200, JSON.stringify([budget.report(ident, clock())]));
      return;
    }
    const throttled = (seconds: number) => {
      send(
        429,
        JSON.stringify({
          detail: `Request was throttled. Expected available in ${seconds} seconds.`,
        }),
        { 'Retry-After': String(seconds) },
      );
    };
    // Without a token the hourly limit applies; a valid token is not limited.
    const spent = token === null ? budget.spend(ident, clock()) : ({ ok: true } as const);
    if (!spent.ok) {
      throttled(spent.retryAfterSeconds);
      return;
    }
    const fault = faults.decide(clock());
    if (fault?.kind === 'throttled') {
      throttled(fault.retryAfterSeconds);
      return;
    }
    if (fault?.kind === 'disconnect') {
      log(req, relative, 0);
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'server-error') {
      if (fault.status === 500) send(500, JSON.stringify({ detail: 'A server error occurred.' }));
      else send(fault.status, MALFORMED_BODY, { 'Content-Type': 'text/html' });
      return;
    }
    const answer = answerApiRequest(path, requestUrl, data, clock());
    if (answer.isEventPage && faults.takeRecordFault()) damageOneRecord(answer.body);
    let text = serialiseWithRoot(answer.body, apiRoot);
    const bodyFault = answer.status === 200 ? faults.takeBodyFault() : null;
    if (bodyFault === 'truncate') text = text.slice(0, Math.floor(text.length / 2));
    if (bodyFault === 'malformed') text = MALFORMED_BODY;
    send(answer.status, text);
  };

  const handler: SampleApiHandler = (req, res, next) => {
    const host = req.headers.host ?? '127.0.0.1';
    const forwardedProto = req.headers['x-forwarded-proto'];
    const protocol =
      typeof forwardedProto === 'string' ? (forwardedProto.split(',')[0] ?? 'http') : 'http';
    const requestUrl = new URL(req.url ?? '/', `${protocol}://${host}`);
    if (news.owns(requestUrl.pathname)) {
      news.handle(req, res, requestUrl, `${requestUrl.origin}${basePath}`);
      return;
    }
    const inMount =
      requestUrl.pathname === basePath || requestUrl.pathname.startsWith(`${basePath}/`);
    if (!inMount) {
      if (next) next();
      else sendJson(res, 404, JSON.stringify({ detail: 'Not found.' }));
      return;
    }
    setCorsHeaders(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    let path = requestUrl.pathname.slice(basePath.length) || '/';
    if (path.startsWith('/__admin/')) {
      void answerAdmin(req, res, path.slice('/__admin/'.length).replace(/\/+$/, ''));
      return;
    }
    if (path.startsWith(MEDIA_PATH)) {
      const png = renderMediaPng(path.slice(MEDIA_PATH.length));
      if (png === null) sendJson(res, 404, JSON.stringify({ detail: 'Not found.' }));
      else {
        res.writeHead(200, {
          'Content-Type': 'image/png',
          'Cache-Control': 'public, max-age=86400',
          'Content-Length': String(png.length),
        });
        res.end(req.method === 'HEAD' ? undefined : png);
      }
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, JSON.stringify({ detail: `Method "${req.method ?? ''}" not allowed.` }), {
        Allow: 'GET, HEAD, OPTIONS',
      });
      return;
    }
    if (!path.endsWith('/')) path += '/';
    answerApi(req, res, path, requestUrl, `${requestUrl.origin}${basePath}`);
  };

  return { handler, data, faults, budget, requestLog, news, reset };
}

export interface StartSampleServerOptions extends SampleApiOptions {
  port?: number;
  host?: string;
}

export interface RunningSampleServer {
  /** e.g. http://127.0.0.1:4010/2.3.0 (no trailing slash). */
  baseUrl: string;
  /** The news stand-in, e.g. http://127.0.0.1:4010/snapi/v4 (no trailing slash). */
  newsBaseUrl: string;
  close(): Promise<void>;
  faults: FaultController;
  data: SampleData;
  api: SampleApi;
}

/** Starts the sample API on its own HTTP server (port 0 picks a free port). */
export async function startSampleServer(
  options: StartSampleServerOptions = {},
): Promise<RunningSampleServer> {
  const api = createSampleApi(options);
  const server = createServer((req, res) => {
    api.handler(req, res);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const basePath = (options.basePath ?? '/2.3.0').replace(/\/+$/, '');
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    baseUrl: `http://${urlHost}:${port}${basePath}`,
    newsBaseUrl: `http://${urlHost}:${port}${api.news.basePath}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
    faults: api.faults,
    data: api.data,
    api,
  };
}
