import { ExplainedError } from '../../lib/explainError.ts';

/**
 * Every failure of the Spaceflight News API client. Its own class, not LL2's ApiError: a news
 * failure is never a sync failure, and its messages name the news source.
 */
export type NewsErrorKind = 'network' | 'timeout' | 'http' | 'throttled' | 'invalid-response';

export class NewsApiError extends ExplainedError {
  override readonly name = 'NewsApiError';

  constructor(
    readonly kind: NewsErrorKind,
    message: string,
    readonly url: string,
    readonly status: number | null = null,
    readonly retryAfterSeconds: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isNewsApiError(error: unknown): error is NewsApiError {
  return error instanceof NewsApiError;
}
