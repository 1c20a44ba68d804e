/**
 * News about events (Spaceflight News API v4), stored per LL2 source beside its events so an
 * event's news is there offline. Never touched by the LL2 sync, a reconcile or a re-download.
 */

export type NewsItemKind = 'article' | 'blog';

/** One SNAPI article or blog post, as the app shows it. Key `[kind+id]`: ids repeat across kinds. */
export interface NewsArticleRow {
  kind: NewsItemKind;
  id: number;
  title: string;
  /** Untrusted: linked only when it is http(s). */
  url: string;
  /** Untrusted: loaded only when it is http(s). */
  imageUrl: string | null;
  newsSite: string;
  summary: string;
  publishedAt: string;
  updatedAt: string;
  /** LL2 event ids the item is about (multi-entry index). */
  eventIds: number[];
}

/** When an event's news was last fetched, and from which news source. */
export interface NewsFetchRow {
  eventId: number;
  newsBaseUrl: string;
  fetchedAtMs: number;
}

/** The news requests' own budget and backoff: independent of LL2's ledger in `syncState`. */
export interface NewsBudgetRow {
  key: 'budget';
  /** Epoch ms of the requests made in the current window, oldest first. */
  requestsMs: number[];
  /** Failures in a row since the last success. */
  failures: number;
  /** No request before this instant (backoff or the server's Retry-After); null when free. */
  retryAtMs: number | null;
  /** The last failure's sentence, null after a success. */
  lastError: string | null;
}
