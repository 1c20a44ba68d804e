/**
 * What the engine is waiting for, so the status can say it with the time (issue 12, part 6):
 * an inline 429 wait, a spent request budget, a retry after a 5xx or a timeout.
 */
export type SyncWaitCause = 'throttled' | 'budget' | 'server-error' | 'timeout';

export interface SyncWait {
  cause: SyncWaitCause;
  /** Epoch ms when the next request may go. */
  until: number;
  /** The HTTP status that caused it (429, 503 …); null for a budget wait or a timeout. */
  httpStatus: number | null;
}
