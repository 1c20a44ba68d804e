import type { NewsArticleRow, NewsBudgetRow, NewsFetchRow, NewsItemKind } from './newsRows.ts';
import type { SourceDatabase } from './sourceDatabase.ts';

export const EMPTY_NEWS_BUDGET: NewsBudgetRow = {
  key: 'budget',
  requestsMs: [],
  failures: 0,
  retryAtMs: null,
  lastError: null,
};

/** An event's stored news, newest first (ties: higher id first). */
export async function loadEventNews(
  db: SourceDatabase,
  eventId: number,
): Promise<NewsArticleRow[]> {
  const rows = await db.articles.where('eventIds').equals(eventId).toArray();
  return rows.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || b.id - a.id);
}

export async function loadNewsFetch(
  db: SourceDatabase,
  eventId: number,
): Promise<NewsFetchRow | undefined> {
  return db.newsFetches.get(eventId);
}

export async function loadNewsFetches(
  db: SourceDatabase,
  eventIds: readonly number[],
): Promise<(NewsFetchRow | undefined)[]> {
  return db.newsFetches.bulkGet([...eventIds]);
}

export interface NewsAnswer {
  kind: NewsItemKind;
  articles: readonly NewsArticleRow[];
  /** True when the answer held every match (SNAPI's `count` ≤ what came back). */
  complete: boolean;
}

/**
 * Stores the answers of one news refresh for `eventIds` and marks those events fetched, in one
 * transaction: interrupted, nothing is stored and the events stay stale, so the next opening asks
 * again; retried, the puts by `[kind+id]` are idempotent.
 *
 * Where an answer of a kind was complete, a stored item of that kind no longer listed for one of
 * `eventIds` loses that event (and is deleted when it is about no event any more): SNAPI unlinked
 * or removed it. An incomplete answer (more matches than one page) removes nothing.
 */
export async function storeNewsRefresh(
  db: SourceDatabase,
  refresh: {
    eventIds: readonly number[];
    answers: readonly NewsAnswer[];
    newsBaseUrl: string;
    fetchedAtMs: number;
  },
): Promise<void> {
  const { eventIds, answers, newsBaseUrl, fetchedAtMs } = refresh;
  await db.transaction('rw', [db.articles, db.newsFetches], async () => {
    for (const answer of answers) {
      if (answer.complete) {
        const listed = new Set(answer.articles.map((article) => article.id));
        const stored = await db.articles
          .where('eventIds')
          .anyOf([...eventIds])
          .toArray();
        for (const row of stored) {
          if (row.kind !== answer.kind || listed.has(row.id)) continue;
          const kept = row.eventIds.filter((id) => !eventIds.includes(id));
          if (kept.length === 0) await db.articles.delete([row.kind, row.id]);
          else await db.articles.put({ ...row, eventIds: kept });
        }
      }
      await db.articles.bulkPut([...answer.articles]);
    }
    await db.newsFetches.bulkPut(
      eventIds.map((eventId) => ({ eventId, newsBaseUrl, fetchedAtMs })),
    );
  });
}

export async function loadNewsBudget(db: SourceDatabase): Promise<NewsBudgetRow> {
  return (await db.newsBudget.get('budget')) ?? EMPTY_NEWS_BUDGET;
}

/**
 * Reads the news budget, lets `decide` work out the next row and a result, and writes the row, in
 * one transaction: two tabs spending at once both count. Interrupted, nothing changed.
 */
export async function updateNewsBudget<T>(
  db: SourceDatabase,
  decide: (row: NewsBudgetRow) => { row: NewsBudgetRow; result: T },
): Promise<T> {
  return db.transaction('rw', db.newsBudget, async () => {
    const { row, result } = decide(await loadNewsBudget(db));
    await db.newsBudget.put(row);
    return result;
  });
}
