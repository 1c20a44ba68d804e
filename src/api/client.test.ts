/// <reference types="node" />
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiUrlError } from './baseUrl.ts';
import { createLl2Client } from './client.ts';
import { ApiError, isAbortError } from './errors.ts';
import type { EventDetailed } from './schemas.ts';
import { makeEvent } from './testing/eventFactory.ts';

/*
 * The client against a real HTTP server (node:http on a free port), so every failure below is the
 * one fetch really produces: refused connections, cut-off bodies, stalls, aborts.
 */

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let origin: string;
let base: string;
let routes: Map<string, Handler>;
let seen: { url: string; authorization: string | undefined }[];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    seen.push({ url: url.pathname + url.search, authorization: req.headers.authorization });
    const handler = routes.get(url.pathname);
    if (handler) handler(req, res);
    else sendJson(res, 404, { detail: 'Not found.' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  base = `${origin}/2.3.0`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => {
    server.close((error) => {
      if (error) reject(error);
      else resolve();
    });
  });
});

beforeEach(() => {
  routes = new Map();
  seen = [];
});

function sendJson(res: ServerResponse, status: number, body: unknown, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function page(results: unknown[], next: string | null = null, count = results.length) {
  return { count, next, previous: null, results };
}

const client = (options: { token?: string; timeoutMs?: number } = {}) =>
  createLl2Client({ baseUrl: base, ...options });

/** Runs `promise`, expecting an ApiError, and returns it. */
async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('successful requests', () => {
  it('fetches a page in the asked mode, with the canonical URL', async () => {
    const event = makeEvent();
    routes.set('/2.3.0/events/upcoming/', (_req, res) => {
      sendJson(res, 200, page([event]));
    });
    const result = await client().getEventsPage({
      endpoint: 'upcoming',
      mode: 'detailed',
      query: { limit: 100 },
    });
    const first: EventDetailed | undefined = result.page.results[0];
    expect(first).toEqual(event);
    expect(result.rejected).toEqual([]);
    expect(seen).toEqual([
      { url: '/2.3.0/events/upcoming/?limit=100&mode=detailed', authorization: undefined },
    ]);
    expect(result.url).toBe(`${base}/events/upcoming/?limit=100&mode=detailed`);
  });

  it('asks for normal mode by default and strips detailed fields', async () => {
    routes.set('/2.3.0/events/', (_req, res) => {
      sendJson(res, 200, page([makeEvent()]));
    });
    const result = await client().getEventsPage();
    expect(seen[0]?.url).toBe('/2.3.0/events/?mode=normal');
    expect(result.page.results[0]).not.toHaveProperty('launches');
    expect(result.page.results[0]?.updates).toHaveLength(1);
  });

  it('sends the API token as "Authorization: Token <key>"', async () => {
    routes.set('/2.3.0/events/', (_req, res) => {
      sendJson(res, 200, page([]));
    });
    await client({ token: ' abc123 ' }).getEventsPage();
    expect(seen[0]?.authorization).toBe('Token abc123');
  });

  it('follows next on the same origin and refuses another origin without asking it', async () => {
    const [a, b] = [makeEvent(), makeEvent()];
    routes.set('/2.3.0/events/', (req, res) => {
      const offset = new URL(req.url ?? '', origin).searchParams.get('offset');
      if (offset === '1') sendJson(res, 200, page([b], null, 2));
      else sendJson(res, 200, page([a], `${base}/events/?limit=1&mode=list&offset=1`, 2));
    });
    const api = client();
    const first = await api.getEventsPage({ mode: 'list', query: { limit: 1 } });
    expect(first.page.next).not.toBeNull();
    const second = await api.getEventsPageAt(first.page.next ?? '', 'list');
    expect(second.page.results.map((event) => event.id)).toEqual([b.id]);
    expect(second.page.next).toBeNull();

    const away = await apiError(api.getEventsPageAt('https://evil.example/2.3.0/events/', 'list'));
    expect(away.kind).toBe('invalid-response');
    expect(away.message).toContain('leads away');
    expect(seen).toHaveLength(2);
  });

  it('reports a bad record and keeps the rest of the page', async () => {
    const good = makeEvent();
    const bad = { ...makeEvent({ id: 4242 }), date: 'soon', vid_urls: [{ url: 7 }] };
    routes.set('/2.3.0/events/', (_req, res) => {
      sendJson(res, 200, page([bad, good, 'junk']));
    });
    const result = await client().getEventsPage({ mode: 'detailed' });
    expect(result.page.results.map((event) => event.id)).toEqual([good.id]);
    expect(result.page.count).toBe(3);
    expect(result.rejected.map(({ index, id }) => ({ index, id }))).toEqual([
      { index: 0, id: 4242 },
      { index: 2, id: null },
    ]);
    const paths = result.rejected[0]?.issues.map((issue) => issue.path);
    expect(paths).toContain('date');
    expect(paths).toContain('vid_urls[0].url');
  });

  it('reads one event, the event types across pages and the throttle', async () => {
    const event = makeEvent({ id: 1205 });
    routes.set('/2.3.0/events/1205/', (_req, res) => {
      sendJson(res, 200, { ...event, program: null });
    });
    routes.set('/2.3.0/config/event_types/', (req, res) => {
      const offset = new URL(req.url ?? '', origin).searchParams.get('offset');
      if (offset === null) {
        sendJson(
          res,
          200,
          page([{ id: 1, name: 'Unknown' }], `${base}/config/event_types/?limit=1&offset=1`, 2),
        );
      } else sendJson(res, 200, page([{ id: 2, name: 'Docking' }], null, 2));
    });
    routes.set('/2.3.0/api-throttle/', (_req, res) => {
      sendJson(res, 200, [
        {
          your_request_limit: 15,
          limit_frequency_secs: 3600,
          current_use: 2,
          next_use_secs: 0,
          ident: 'x',
        },
      ]);
    });
    const api = client();
    expect(await api.getEvent(1205)).toEqual({ ...event, program: [] });
    expect(seen[0]?.url).toBe('/2.3.0/events/1205/?mode=detailed');
    expect(await api.getEventTypes()).toEqual([
      { id: 1, name: 'Unknown' },
      { id: 2, name: 'Docking' },
    ]);
    expect((await api.getThrottle()).current_use).toBe(2);
  });
});

describe('failures become typed ApiErrors', () => {
  it('429 with Retry-After: throttled, with the wait in the message', async () => {
    routes.set('/2.3.0/events/', (_req, res) => {
      sendJson(
        res,
        429,
        { detail: 'Request was throttled. Expected available in 839 seconds.' },
        { 'Retry-After': '840' },
      );
    });
    const error = await apiError(client().getEventsPage());
    expect(error).toMatchObject({ kind: 'throttled', status: 429, retryAfterSeconds: 840 });
    expect(error.message).toBe('Launch Library 2 is limiting requests: try again in 14 min.');
  });

  it('429 without Retry-After: the wait comes from the body', async () => {
    routes.set('/2.3.0/events/', (_req, res) => {
      sendJson(res, 429, { detail: 'Request was throttled. Expected available in 45 seconds.' });
    });
    const error = await apiError(client().getEventsPage());
    expect(error).toMatchObject({ kind: 'throttled', retryAfterSeconds: 45 });
    expect(error.message).toContain('try again in 45 s');
  });

  it('429 saying nothing: throttled with an unknown wait', async () => {
    routes.set('/2.3.0/events/', (_req, res) => {
      res.writeHead(429);
      res.end('Too Many Requests');
    });
    const error = await apiError(client().getEventsPage());
    expect(error).toMatchObject({ kind: 'throttled', retryAfterSeconds: null });
    expect(error.message).toContain('try again later');
  });

  it('400: http with the field errors as detail', async () => {
    routes.set('/2.3.0/events/', (_req, res) => {
      sendJson(res, 400, { date__gte: ['Enter a valid date/time.'] });
    });
    const error = await apiError(client().getEventsPage({ query: { date__gte: 'yesterday' } }));
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      detail: 'date__gte: Enter a valid date/time.',
    });
    expect(error.message).toContain('date__gte: Enter a valid date/time.');
  });

  it('401: http, and the message points at the token', async () => {
    routes.set('/2.3.0/events/', (_req, res) => {
      sendJson(res, 401, { detail: 'Invalid token.' });
    });
    const error = await apiError(client({ token: 'wrong' }).getEventsPage());
    expect(error).toMatchObject({ kind: 'http', status: 401, detail: 'Invalid token.' });
    expect(error.message).toMatch(/token/i);
  });

  it('404: http 404 for an event that does not exist', async () => {
    const error = await apiError(client().getEvent(999999));
    expect(error).toMatchObject({ kind: 'http', status: 404, detail: 'Not found.' });
  });

  it('500 with an HTML body: http 500', async () => {
    routes.set('/2.3.0/events/', (_req, res) => {
      res.writeHead(500, { 'Content-Type': 'text/html' });
      res.end('<h1>Server Error (500)</h1>');
    });
    const error = await apiError(client().getEventsPage());
    expect(error).toMatchObject({ kind: 'http', status: 500, detail: null });
    expect(error.message).toContain('HTTP 500');
  });

  it('a body cut off mid-JSON: invalid-response', async () => {
    routes.set('/2.3.0/events/', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(page([makeEvent()])).slice(0, 200));
    });
    const error = await apiError(client().getEventsPage());
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('not complete JSON');
  });

  it('a connection dropped before Content-Length was sent: invalid-response', async () => {
    routes.set('/2.3.0/events/', (_req, res) => {
      const body = JSON.stringify(page([makeEvent()]));
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
      res.write(body.slice(0, 100), () => res.destroy());
    });
    const error = await apiError(client().getEventsPage());
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('cut off');
  });

  it('a web page instead of data (a network login page): invalid-response', async () => {
    routes.set('/2.3.0/events/', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><title>Sign in to Hotel Wi-Fi</title>');
    });
    const error = await apiError(client().getEventsPage());
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('web page');
  });

  it('a broken envelope: invalid-response naming the field', async () => {
    routes.set('/2.3.0/events/', (_req, res) => {
      sendJson(res, 200, { count: 1, results: [] });
    });
    const error = await apiError(client().getEventsPage());
    expect(error.kind).toBe('invalid-response');
    expect(error.issues.map((issue) => issue.path)).toEqual(['next', 'previous']);
  });

  it('an invalid single event: invalid-response naming the event and field', async () => {
    routes.set('/2.3.0/events/7/', (_req, res) => {
      sendJson(res, 200, { ...makeEvent({ id: 7 }), name: null });
    });
    const error = await apiError(client().getEvent(7));
    expect(error.issues).toEqual([
      { index: null, id: 7, path: 'name', message: expect.any(String) as string },
    ]);
    expect(error.message).toContain('event 7 name:');
  });

  it('a refused connection: network', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) =>
      closed.close(() => {
        resolve();
      }),
    );
    const error = await apiError(
      createLl2Client({ baseUrl: `http://127.0.0.1:${port}/2.3.0` }).getEventsPage(),
    );
    expect(error.kind).toBe('network');
    expect(error.message).toContain(`127.0.0.1:${port}`);
  });

  it('no answer in time: timeout', async () => {
    routes.set('/2.3.0/events/', () => undefined);
    const error = await apiError(client({ timeoutMs: 150 }).getEventsPage());
    expect(error.kind).toBe('timeout');
  });

  it('a body that stalls: timeout', async () => {
    routes.set('/2.3.0/events/', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"count": 1,');
    });
    const error = await apiError(client({ timeoutMs: 150 }).getEventsPage());
    expect(error.kind).toBe('timeout');
  });
});

describe('aborting', () => {
  it('a caller abort stays the standard AbortError', async () => {
    routes.set('/2.3.0/events/', () => undefined);
    const controller = new AbortController();
    const pending = client().getEventsPage({ signal: controller.signal });
    setTimeout(() => {
      controller.abort();
    }, 20);
    const error = await pending.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).not.toBeInstanceOf(ApiError);
    expect(isAbortError(error)).toBe(true);
  });

  it('an already aborted signal sends nothing', async () => {
    const error = await client()
      .getEvent(1, AbortSignal.abort())
      .then(
        () => null,
        (thrown: unknown) => thrown,
      );
    expect(isAbortError(error)).toBe(true);
    expect(seen).toEqual([]);
  });
});

describe('configuration', () => {
  it('rejects (not throws) a query the API would misread, before any request', async () => {
    await expect(client().getEventsPage({ query: { limit: 500 } })).rejects.toThrow(RangeError);
    expect(seen).toEqual([]);
  });

  it('needs an absolute base URL outside a browser', () => {
    expect(() => createLl2Client({ baseUrl: '/sample-api/2.3.0' })).toThrow(ApiUrlError);
    expect(createLl2Client({ baseUrl: `${base}/` }).baseUrl).toBe(base);
  });

  it('uses an injected fetch', async () => {
    const calls: string[] = [];
    const api = createLl2Client({
      baseUrl: 'https://ll.thespacedevs.com/2.3.0',
      fetchImpl: (input) => {
        calls.push(input);
        return Promise.resolve(Response.json(page([])));
      },
    });
    await api.getEventsPage({ endpoint: 'previous', mode: 'list' });
    expect(calls).toEqual(['https://ll.thespacedevs.com/2.3.0/events/previous/?mode=list']);
  });
});
