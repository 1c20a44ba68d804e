import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewsArticleRow } from './newsRows.ts';
import {
  EMPTY_NEWS_BUDGET,
  loadEventNews,
  loadNewsBudget,
  loadNewsFetch,
  storeNewsRefresh,
  updateNewsBudget,
} from './newsStore.ts';
import { SourceDatabase } from './sourceDatabase.ts';

const T0 = Date.parse('2026-03-01T12:00:00Z');
const NEWS = 'https://news.test/v4';
let db: SourceDatabase;

function article(overrides: Partial<NewsArticleRow> & Pick<NewsArticleRow, 'id'>): NewsArticleRow {
  return {
    kind: 'article',
    title: `Article ${overrides.id}`,
    url: 'https://news.test/a',
    imageUrl: null,
    newsSite: 'Test',
    summary: '',
    publishedAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    eventIds: [1],
    ...overrides,
  };
}

beforeEach(() => {
  db = new SourceDatabase('https://news-store.test/2.3.0');
});
afterEach(async () => {
  await db.delete();
});

describe('stored news', () => {
  it('keeps an article and a blog with the same id apart, and lists an event’s news newest first', async () => {
    await storeNewsRefresh(db, {
      eventIds: [1, 2],
      newsBaseUrl: NEWS,
      fetchedAtMs: T0,
      answers: [
        {
          kind: 'article',
          complete: true,
          articles: [
            article({ id: 7, publishedAt: '2026-02-01T00:00:00Z' }),
            article({ id: 8, publishedAt: '2026-02-03T00:00:00Z', eventIds: [1, 2] }),
          ],
        },
        {
          kind: 'blog',
          complete: true,
          articles: [article({ id: 7, kind: 'blog', eventIds: [2] })],
        },
      ],
    });
    expect((await loadEventNews(db, 1)).map((row) => `${row.kind}:${row.id}`)).toEqual([
      'article:8',
      'article:7',
    ]);
    expect((await loadEventNews(db, 2)).map((row) => `${row.kind}:${row.id}`)).toEqual([
      'blog:7',
      'article:8',
    ]);
    expect(await loadNewsFetch(db, 2)).toEqual({ eventId: 2, newsBaseUrl: NEWS, fetchedAtMs: T0 });
  });

  it('a complete answer unlinks items no longer listed; an incomplete one removes nothing', async () => {
    const first = [article({ id: 1, eventIds: [1, 9] }), article({ id: 2 })];
    await storeNewsRefresh(db, {
      eventIds: [1],
      newsBaseUrl: NEWS,
      fetchedAtMs: T0,
      answers: [{ kind: 'article', complete: true, articles: first }],
    });
    await storeNewsRefresh(db, {
      eventIds: [1],
      newsBaseUrl: NEWS,
      fetchedAtMs: T0 + 1,
      answers: [{ kind: 'article', complete: false, articles: [] }],
    });
    expect(await loadEventNews(db, 1)).toHaveLength(2);
    await storeNewsRefresh(db, {
      eventIds: [1],
      newsBaseUrl: NEWS,
      fetchedAtMs: T0 + 2,
      answers: [{ kind: 'article', complete: true, articles: [] }],
    });
    expect(await loadEventNews(db, 1)).toEqual([]);
    // Still about event 9, so it stays for that event.
    expect((await loadEventNews(db, 9)).map((row) => row.id)).toEqual([1]);
    expect(await db.articles.count()).toBe(1);
  });

  it('a retried refresh stores the same thing once', async () => {
    const refresh = {
      eventIds: [1],
      newsBaseUrl: NEWS,
      fetchedAtMs: T0,
      answers: [{ kind: 'article' as const, complete: true, articles: [article({ id: 3 })] }],
    };
    await storeNewsRefresh(db, refresh);
    await storeNewsRefresh(db, refresh);
    expect(await db.articles.count()).toBe(1);
  });

  it('updates the news budget in one read-modify-write', async () => {
    expect(await loadNewsBudget(db)).toEqual(EMPTY_NEWS_BUDGET);
    const result = await updateNewsBudget(db, (row) => ({
      row: { ...row, requestsMs: [...row.requestsMs, T0] },
      result: 'spent',
    }));
    expect(result).toBe('spent');
    expect((await loadNewsBudget(db)).requestsMs).toEqual([T0]);
  });
});
