import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadEventNews, loadNewsBudget } from '../../../db/newsStore.ts';
import { setWatched } from '../../../db/personalStore.ts';
import { SourceDatabase } from '../../../db/sourceDatabase.ts';
import {
  eventsWithArticles,
  startNewsTestServer,
  type NewsTestServer,
} from '../../../api/snapi/testing/newsStandIn.ts';
import { NEWS_MAX_AGE_IN_BACKGROUND_MS, NEWS_MAX_AGE_ON_OPEN_MS } from './newsFreshness.ts';
import { refreshNews } from './refreshNews.ts';

const T0 = Date.parse('2026-03-01T12:00:00Z');
let server: NewsTestServer;
let db: SourceDatabase;
let nowMs = T0;
const now = () => nowMs;

beforeAll(async () => {
  server = await startNewsTestServer({ now: T0 });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  nowMs = T0;
  server.api.news.reset();
  server.api.requestLog.length = 0;
  db = new SourceDatabase(server.baseUrl);
});
afterEach(async () => {
  await db.delete();
});

const newsRequests = () => server.api.news.requestLog.map((entry) => entry.path);

describe('refreshing news', () => {
  it('opening an event costs one request per kind, then nothing until the news is stale', async () => {
    const [eventId = 0] = eventsWithArticles(server);
    const base = { db, newsBaseUrl: server.newsBaseUrl, eventIds: [eventId], now };
    const outcome = await refreshNews({ ...base, maxAgeMs: NEWS_MAX_AGE_ON_OPEN_MS });
    expect(outcome).toMatchObject({ kind: 'updated', requests: 2, rejected: 0 });
    expect(newsRequests()).toEqual([
      `/articles/?event=${eventId}&limit=50&ordering=-published_at`,
      `/blogs/?event=${eventId}&limit=50&ordering=-published_at`,
    ]);
    const stored = await loadEventNews(db, eventId);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((row) => row.eventIds.includes(eventId))).toBe(true);

    nowMs = T0 + NEWS_MAX_AGE_ON_OPEN_MS - 1;
    expect(await refreshNews({ ...base, maxAgeMs: NEWS_MAX_AGE_ON_OPEN_MS })).toEqual({
      kind: 'fresh',
    });
    expect(newsRequests()).toHaveLength(2);
    nowMs = T0 + NEWS_MAX_AGE_ON_OPEN_MS;
    await refreshNews({ ...base, maxAgeMs: NEWS_MAX_AGE_ON_OPEN_MS });
    expect(newsRequests()).toHaveLength(4);
    // None of it reached the LL2 stand-in.
    expect(server.api.requestLog).toHaveLength(0);
  });

  it('the watchlist is one batched request per kind for all its stale events', async () => {
    const [a = 0, b = 0, c = 0, d = 0] = eventsWithArticles(server);
    for (const id of [a, b, c, d]) await setWatched(db, id, true, T0);
    const base = { db, newsBaseUrl: server.newsBaseUrl, now };
    await refreshNews({ ...base, eventIds: [d], maxAgeMs: NEWS_MAX_AGE_ON_OPEN_MS });
    server.api.news.reset();
    const outcome = await refreshNews({
      ...base,
      eventIds: [a, b, c, d],
      maxAgeMs: NEWS_MAX_AGE_IN_BACKGROUND_MS,
    });
    expect(outcome).toMatchObject({ kind: 'updated', eventIds: [a, b, c] });
    expect(newsRequests()).toEqual([
      `/articles/?event=${[a, b, c].join(',')}&limit=500&ordering=-published_at`,
      `/blogs/?event=${[a, b, c].join(',')}&limit=500&ordering=-published_at`,
    ]);
    for (const id of [a, b, c]) expect((await loadEventNews(db, id)).length).toBeGreaterThan(0);
  });

  it('a failure keeps what was saved, backs off, and the next try after the wait succeeds', async () => {
    const [eventId = 0] = eventsWithArticles(server);
    const base = { db, newsBaseUrl: server.newsBaseUrl, eventIds: [eventId], now, maxAgeMs: 0 };
    await refreshNews(base);
    const saved = await loadEventNews(db, eventId);
    server.api.news.failNext(2, 503);
    nowMs = T0 + 1;
    const failed = await refreshNews(base);
    expect(failed).toMatchObject({ kind: 'failed', retryAtMs: T0 + 1 + 60_000 });
    expect(await loadEventNews(db, eventId)).toEqual(saved);
    server.api.news.reset();
    expect(await refreshNews(base)).toEqual({ kind: 'paused', retryAtMs: T0 + 1 + 60_000 });
    expect(newsRequests()).toEqual([]);
    nowMs = T0 + 1 + 60_000;
    expect(await refreshNews(base)).toMatchObject({ kind: 'updated' });
    expect(await loadNewsBudget(db)).toMatchObject({ failures: 0, retryAtMs: null });
  });

  it('an unreachable news source is a failure value, not an exception', async () => {
    const outcome = await refreshNews({
      db,
      newsBaseUrl: 'http://127.0.0.1:9/v4',
      eventIds: [1],
      now,
      maxAgeMs: 0,
    });
    expect(outcome).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('Could not reach') as unknown,
    });
  });
});
