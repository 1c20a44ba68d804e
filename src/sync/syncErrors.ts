import type { SyncFailure } from '../db/syncStateRows.ts';

/** The run stopped because the request budget is spent; the cursor is kept for the next run. */
export class BudgetExhausted extends Error {
  override readonly name = 'BudgetExhausted';
  constructor(readonly retryAt: number) {
    super('The request budget of this source is used up for now.');
  }
}

/** The API said 429 with a wait too long to sit through inside one run. */
export class ThrottledLong extends Error {
  override readonly name = 'ThrottledLong';
  constructor(
    readonly retryAt: number,
    message: string,
  ) {
    super(message);
  }
}

/** A failure the run cannot get past now (after retries, or not worth retrying). */
export class SyncFailed extends Error {
  override readonly name = 'SyncFailed';
  constructor(
    readonly failure: SyncFailure,
    /** The HTTP status when the API answered with one. */
    readonly status: number | null = null,
  ) {
    super(failure.message);
  }
}
