import type { NewsRefreshOutcome } from '../utils/refreshNews.ts';

/** What a news refresh is asked: the source's database is named by its API base, not passed. */
export interface NewsRefreshOrder {
  apiBaseUrl: string;
  /** Canonical absolute SNAPI base, up to and including `/v4`. */
  newsBaseUrl: string;
  eventIds: readonly number[];
  maxAgeMs: number;
}

/** The news worker's one answer (decision 035): the outcome, or the error as plain data. */
export type FromNewsWorker =
  | { ok: true; outcome: NewsRefreshOutcome }
  | { ok: false; error: { name: string; message: string } };
