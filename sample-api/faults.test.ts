import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSampleServer, type RunningSampleServer } from './server.ts';

let server: RunningSampleServer;
let clockMs = Date.parse('2026-05-01T10:00:00Z');

beforeEach(async () => {
  clockMs = Date.parse('2026-05-01T10:00:00Z');
  server = await startSampleServer({ size: 120, seed: 3, now: clockMs, clock: () => clockMs });
});
afterEach(async () => {
  await server.close();
});

const eventsUrl = () => `${server.baseUrl}/events/?limit=20`;

async function admin(action: string, body: unknown): Promise<Response> {
  return fetch(`${server.baseUrl}/__admin/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('fault injection', () => {
  it('delays answers by the configured latency', async () => {
    server.faults.setLatency(150);
    const started = performance.now();
    await (await fetch(eventsUrl())).json();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('throttles after N calls with Retry-After and the API body, then recovers', async () => {
    expect(
      (await admin('faults', { throttle: { afterCalls: 2, retryAfterSeconds: 30 } })).status,
    ).toBe(200);
    expect((await fetch(eventsUrl())).status).toBe(200);
    expect((await fetch(eventsUrl())).status).toBe(200);
    const throttled = await fetch(eventsUrl());
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('30');
    expect(await throttled.json()).toEqual({
      detail: 'Request was throttled. Expected available in 30 seconds.',
    });
    clockMs += 12_000;
    const later = await fetch(eventsUrl());
    expect(later.headers.get('retry-after')).toBe('18');
    clockMs += 18_000;
    expect((await fetch(eventsUrl())).status).toBe(200);
  });

  it('answers 5xx for the next N requests only', async () => {
    await admin('faults', { serverErrors: { count: 2, status: 503 } });
    expect((await fetch(eventsUrl())).status).toBe(503);
    expect((await fetch(eventsUrl())).status).toBe(503);
    expect((await fetch(eventsUrl())).status).toBe(200);
    server.faults.failNext(1);
    const failed = await fetch(eventsUrl());
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ detail: 'A server error occurred.' });
  });

  it('sends a truncated body once', async () => {
    server.faults.truncateNext(1);
    const text = await (await fetch(eventsUrl())).text();
    expect(() => JSON.parse(text) as unknown).toThrow();
    expect(text.startsWith('{"count":')).toBe(true);
    expect(JSON.parse(await (await fetch(eventsUrl())).text())).toHaveProperty('count');
  });

  it('sends a malformed (HTML) body labelled as JSON once', async () => {
    await admin('faults', { malformed: 1 });
    const response = await fetch(eventsUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.text()).toMatch(/^<!DOCTYPE html>/);
  });

  it('damages exactly one record of the next page', async () => {
    await admin('faults', { malformedRecord: 1 });
    const page = (await (await fetch(eventsUrl())).json()) as {
      results: Record<string, unknown>[];
    };
    const broken = page.results.filter((event) => !('name' in event));
    expect(broken).toHaveLength(1);
    expect(broken[0]?.date).toBe('soon');
    const clean = (await (await fetch(eventsUrl())).json()) as {
      results: Record<string, unknown>[];
    };
    expect(clean.results.every((event) => typeof event.name === 'string')).toBe(true);
  });

  it('drops the connection', async () => {
    server.faults.disconnectNext(1);
    await expect(fetch(eventsUrl())).rejects.toThrow();
    expect((await fetch(eventsUrl())).status).toBe(200);
  });

  it('clears every fault', async () => {
    server.faults.failNext(5);
    server.faults.truncateNext(5);
    expect((await admin('faults/clear', {})).status).toBe(200);
    expect((await fetch(eventsUrl())).status).toBe(200);
  });

  it('leaves preflights, /api-throttle/ and admin calls alone', async () => {
    server.faults.failNext(1);
    expect((await fetch(`${server.baseUrl}/events/`, { method: 'OPTIONS' })).status).toBe(204);
    expect((await fetch(`${server.baseUrl}/api-throttle/`)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/__admin/state`)).status).toBe(200);
    expect((await fetch(eventsUrl())).status).toBe(500);
  });

  it('rejects bad fault settings with a clear message', async () => {
    const response = await admin('faults', { serverErrors: { count: 1, status: 404 } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toContain('serverErrors.status');
  });
});

describe('hourly request limit', () => {
  it('counts calls, answers 429 past the limit and reports it on /api-throttle/', async () => {
    await admin('faults', { requestLimit: 3 });
    for (let i = 0; i < 3; i++) expect((await fetch(eventsUrl())).status).toBe(200);
    clockMs += 60_000;
    const throttled = await fetch(eventsUrl());
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('3540');
    const [report] = (await (await fetch(`${server.baseUrl}/api-throttle/`)).json()) as {
      your_request_limit: number;
      current_use: number;
      next_use_secs: number;
      limit_frequency_secs: number;
    }[];
    expect(report).toMatchObject({
      your_request_limit: 3,
      current_use: 3,
      next_use_secs: 3540,
      limit_frequency_secs: 3600,
    });
    clockMs += 3540_000;
    expect((await fetch(eventsUrl())).status).toBe(200);
  });

  it('counts over a shorter window when a test asks for one, and reports it', async () => {
    const answer = await admin('faults', { requestLimit: 2, requestWindowSeconds: 20 });
    expect(await answer.json()).toMatchObject({ requestLimit: 2, requestWindowSeconds: 20 });
    for (let i = 0; i < 2; i++) expect((await fetch(eventsUrl())).status).toBe(200);
    clockMs += 5_000;
    const throttled = await fetch(eventsUrl());
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('15');
    const [report] = (await (await fetch(`${server.baseUrl}/api-throttle/`)).json()) as {
      limit_frequency_secs: number;
    }[];
    expect(report?.limit_frequency_secs).toBe(20);
    clockMs += 15_000;
    expect((await fetch(eventsUrl())).status).toBe(200);
    expect((await admin('faults', { requestWindowSeconds: 0 })).status).toBe(400);
  });
});

describe('tokens', () => {
  it('rejects a wrong token with 401 and accepts a listed one without limit', async () => {
    const guarded = await startSampleServer({
      size: 30,
      now: clockMs,
      tokens: ['good-key'],
      requestLimit: 1,
    });
    try {
      const wrong = await fetch(`${guarded.baseUrl}/events/`, {
        headers: { Authorization: 'Token nope' },
      });
      expect(wrong.status).toBe(401);
      expect(await wrong.json()).toEqual({ detail: 'Invalid token.' });
      for (let i = 0; i < 3; i++)
        expect(
          (
            await fetch(`${guarded.baseUrl}/events/`, {
              headers: { Authorization: 'Token good-key' },
            })
          ).status,
        ).toBe(200);
      expect((await fetch(`${guarded.baseUrl}/events/`)).status).toBe(200);
      expect((await fetch(`${guarded.baseUrl}/events/`)).status).toBe(429);
    } finally {
      await guarded.close();
    }
  });
});
