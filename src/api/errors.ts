import { ExplainedError } from '../lib/explainError.ts';
/**
 * Every failure the Launch Library 2 client can meet, as one typed exception. `message` is written
 * for the people using the app (the UI shows it as is); the other fields are for code that decides
 * what to do next (the sync engine's retry and budget logic).
 *
 * A caller's own abort is not a failure and never becomes an ApiError: it stays the standard
 * AbortError so `signal.aborted` handling works as everywhere else.
 */

import { formatWait } from './formatWait.ts';
import { hostOf } from '../lib/safeUrl.ts';

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'throttled' | 'invalid-response';

/** One problem found while validating a response. */
export interface ResponseIssue {
  /** Position of the record in `results`, null when the problem is not inside one record. */
  index: number | null;
  /** The record's id when it could be read, so a person can look it up. */
  id: number | string | null;
  /** Dotted path inside the record (or the response), e.g. `vid_urls[0].start_time`. */
  path: string;
  message: string;
}

interface ApiErrorFields {
  kind: ApiErrorKind;
  message: string;
  url: string;
  status?: number | null;
  detail?: string | null;
  retryAfterSeconds?: number | null;
  issues?: ResponseIssue[];
  cause?: unknown;
}

const SOURCE_NAME = 'Launch Library 2';

export class ApiError extends ExplainedError {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** The request that failed. */
  readonly url: string;
  /** HTTP status for `http` and `throttled`, else null. */
  readonly status: number | null;
  /** The server's own words (`detail`, or field errors of a 400), when it gave any. */
  readonly detail: string | null;
  /** For `throttled`: seconds until the API accepts requests again, null when it did not say. */
  readonly retryAfterSeconds: number | null;
  /** For `invalid-response`: what was wrong and where. */
  readonly issues: readonly ResponseIssue[];

  constructor(fields: ApiErrorFields) {
    super(fields.message, fields.cause === undefined ? undefined : { cause: fields.cause });
    this.kind = fields.kind;
    this.url = fields.url;
    this.status = fields.status ?? null;
    this.detail = fields.detail ?? null;
    this.retryAfterSeconds = fields.retryAfterSeconds ?? null;
    this.issues = fields.issues ?? [];
  }

  static network(url: string, cause: unknown): ApiError {
    return new ApiError({
      kind: 'network',
      url,
      cause,
      message: `Could not reach ${SOURCE_NAME} at ${hostOf(url)}. Check the connection and the API URL.`,
    });
  }

  static timeout(url: string, timeoutMs: number): ApiError {
    return new ApiError({
      kind: 'timeout',
      url,
      message: `${SOURCE_NAME} did not answer within ${formatWait(Math.round(timeoutMs / 1000))}.`,
    });
  }

  static http(url: string, status: number, detail: string | null): ApiError {
    return new ApiError({
      kind: 'http',
      url,
      status,
      detail,
      message: httpMessage(status, detail),
    });
  }

  static throttled(url: string, retryAfterSeconds: number | null, detail: string | null): ApiError {
    const when =
      retryAfterSeconds === null
        ? 'try again later'
        : `try again in ${formatWait(retryAfterSeconds)}`;
    return new ApiError({
      kind: 'throttled',
      url,
      status: 429,
      detail,
      retryAfterSeconds,
      message: `${SOURCE_NAME} is limiting requests: ${when}.`,
    });
  }

  static invalidResponse(url: string, issues: ResponseIssue[], cause?: unknown): ApiError {
    const first = issues[0];
    const where = first === undefined ? '' : `: ${describeIssue(first)}`;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
    return new ApiError({
      kind: 'invalid-response',
      url,
      issues,
      cause,
      message: `${SOURCE_NAME} sent a response this app cannot read${where}${more}.`,
    });
  }

  /** A plain object for storage and logs (IndexedDB and postMessage drop class identity). */
  toJSON(): SerializedApiError {
    return {
      kind: this.kind,
      message: this.message,
      url: this.url,
      status: this.status,
      detail: this.detail,
      retryAfterSeconds: this.retryAfterSeconds,
      issues: [...this.issues],
    };
  }
}

export interface SerializedApiError {
  kind: ApiErrorKind;
  message: string;
  url: string;
  status: number | null;
  detail: string | null;
  retryAfterSeconds: number | null;
  issues: ResponseIssue[];
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * True for the standard error of an aborted fetch or signal (`DOMException` "AbortError"): a
 * cancellation someone asked for. Not for an IndexedDB transaction the browser aborted: Dexie
 * names that an "AbortError" too, but it carries the cause (`inner`, e.g. QuotaExceededError when
 * the disk is full), and it is a failure to report, never a quiet stop.
 */
export function isAbortError(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'AbortError') return false;
  const inner = (error as { inner?: unknown }).inner;
  return inner === undefined || inner === null;
}

function describeIssue(issue: ResponseIssue): string {
  const record =
    issue.id !== null
      ? `event ${String(issue.id)} `
      : issue.index !== null
        ? `event #${issue.index + 1} `
        : '';
  const path = issue.path === '' ? '' : `${issue.path}: `;
  return `${record}${path}${issue.message}`;
}

function httpMessage(status: number, detail: string | null): string {
  const said = detail === null ? '' : ` (“${detail}”)`;
  if (status === 401 || status === 403) {
    return `${SOURCE_NAME} refused the API token${said}. Check or remove the token in Settings.`;
  }
  if (status === 404) return `${SOURCE_NAME} has no such item${said}.`;
  if (status === 400) return `${SOURCE_NAME} rejected the request${said}.`;
  if (status >= 500) {
    return `${SOURCE_NAME} had a server problem (HTTP ${status}). Try again later.`;
  }
  return `${SOURCE_NAME} answered with HTTP ${status}${said}.`;
}
