import { createNewsClient, MAX_NEWS_LIMIT, type FetchImpl } from '../../../api/snapi/client.ts';
import { isNewsApiError } from '../../../api/snapi/errors.ts';
import { NEWS_KINDS } from '../../../api/snapi/schemas.ts';
import {
  loadNewsFetches,
  storeNewsRefresh,
  updateNewsBudget,
  type NewsAnswer,
} from '../../../db/newsStore.ts';
import type { SourceDatabase } from '../../../db/sourceDatabase.ts';
import { recordNewsFailure, recordNewsSuccess, reserveNewsRequests } from './newsBudget.ts';
import { staleNewsEvents } from './newsFreshness.ts';
import { toNewsArticleRow } from './toNewsArticleRow.ts';

/** Items asked for when one event is opened: more than the section shows, far below SNAPI's cap. */
const LIMIT_FOR_ONE_EVENT = 50;

export type NewsRefreshOutcome =
  | { kind: 'fresh' }
  | { kind: 'updated'; eventIds: number[]; requests: number; rejected: number }
  | { kind: 'failed'; message: string; retryAtMs: number }
  | { kind: 'paused'; retryAtMs: number };

export interface NewsRefreshRequest {
  db: SourceDatabase;
  /** Canonical absolute SNAPI base, up to and including `/v4`. */
  newsBaseUrl: string;
  /** One event (its page opened) or many (the watchlist): one request per kind either way. */
  eventIds: readonly number[];
  maxAgeMs: number;
  now?: () => number;
  fetchImpl?: FetchImpl;
  signal?: AbortSignal;
}

/**
 * Brings the stored news of `eventIds` up to date: the stale ones only, in one batched request per
 * kind (articles, blogs), within the news budget. Failures are values, recorded in the news
 * budget's backoff; nothing here touches LL2's sync state. A caller's abort rejects as AbortError.
 */
export async function refreshNews(request: NewsRefreshRequest): Promise<NewsRefreshOutcome> {
  const { db, newsBaseUrl, eventIds, maxAgeMs, signal } = request;
  const now = request.now ?? Date.now;
  const fetches = await loadNewsFetches(db, eventIds);
  const stale = staleNewsEvents(eventIds, fetches, newsBaseUrl, now(), maxAgeMs);
  if (stale.length === 0) return { kind: 'fresh' };

  const reservation = await updateNewsBudget(db, (row) =>
    reserveNewsRequests(row, NEWS_KINDS.length, now()),
  );
  if (!reservation.ok) return { kind: 'paused', retryAtMs: reservation.retryAtMs };

  const client = createNewsClient({
    baseUrl: newsBaseUrl,
    ...(request.fetchImpl ? { fetchImpl: request.fetchImpl } : {}),
  });
  const limit = stale.length === 1 ? LIMIT_FOR_ONE_EVENT : MAX_NEWS_LIMIT;
  let answers: NewsAnswer[];
  let rejected = 0;
  try {
    const pages = await Promise.all(
      NEWS_KINDS.map((kind) =>
        client.getNewsPage({ kind, eventIds: stale, limit, ...(signal ? { signal } : {}) }),
      ),
    );
    answers = pages.map((page) => {
      rejected += page.rejected.length;
      return {
        kind: page.kind,
        articles: page.records.map((record) => toNewsArticleRow(page.kind, record)),
        complete: page.count <= page.records.length + page.rejected.length,
      };
    });
  } catch (error) {
    if (!isNewsApiError(error)) throw error;
    const retryAtMs = await updateNewsBudget(db, (row) =>
      recordNewsFailure(row, now(), error.message, error.retryAfterSeconds),
    );
    return { kind: 'failed', message: error.message, retryAtMs };
  }
  await storeNewsRefresh(db, { eventIds: stale, answers, newsBaseUrl, fetchedAtMs: now() });
  await updateNewsBudget(db, recordNewsSuccess);
  return { kind: 'updated', eventIds: stale, requests: NEWS_KINDS.length, rejected };
}
