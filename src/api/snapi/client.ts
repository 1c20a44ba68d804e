import { formatWait } from '../formatWait.ts';
import { parseThrottleWait } from '../throttleWait.ts';
import { readRecordId, toRecordIssues, type RejectedRecord } from '../validation.ts';
import { NewsApiError } from './errors.ts';
import { NewsEnvelope, NewsRecord, type NewsKind } from './schemas.ts';
import { hostOf } from '../../lib/safeUrl.ts';

export type FetchImpl = (input: string, init: RequestInit) => Promise<Response>;

/** SNAPI's own ceiling for `limit`. */
export const MAX_NEWS_LIMIT = 500;
const DEFAULT_TIMEOUT_MS = 20_000;
const SOURCE_NAME = 'The Spaceflight News API';

const PATH_OF_KIND: Record<NewsKind, string> = { article: 'articles', blog: 'blogs' };

export interface NewsPageRequest {
  kind: NewsKind;
  /** LL2 event ids: one request asks about all of them (`event=<id>,<id>…`). */
  eventIds: readonly number[];
  limit: number;
  signal?: AbortSignal;
}

export interface NewsPageResult {
  kind: NewsKind;
  url: string;
  /** Items matching on the server; more than `records.length` when the page was full. */
  count: number;
  records: NewsRecord[];
  /** Records left out because they failed validation. */
  rejected: RejectedRecord[];
}

export interface NewsClient {
  readonly baseUrl: string;
  /** One page, newest first; a bad record is reported and skipped, never fatal. */
  getNewsPage(request: NewsPageRequest): Promise<NewsPageResult>;
}

/** `baseUrl` is canonical and absolute (see `resolveNewsBaseUrl`), up to and including `/v4`. */
export function createNewsClient(options: {
  baseUrl: string;
  fetchImpl?: FetchImpl;
  timeoutMs?: number;
}): NewsClient {
  const { baseUrl } = options;
  const fetchImpl: FetchImpl =
    options.fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  return {
    baseUrl,
    async getNewsPage({ kind, eventIds, limit, signal }) {
      if (eventIds.length === 0) throw new RangeError('getNewsPage needs at least one event id');
      const url = buildNewsUrl(baseUrl, kind, eventIds, limit);
      const body = await getJson(url, fetchImpl, timeoutMs, signal);
      const envelope = NewsEnvelope.safeParse(body);
      if (!envelope.success) {
        throw invalid(url, 'the answer is not a page of news');
      }
      const records: NewsRecord[] = [];
      const rejected: RejectedRecord[] = [];
      for (const [index, record] of envelope.data.results.entries()) {
        const parsed = NewsRecord.safeParse(record);
        if (parsed.success) records.push(parsed.data);
        else
          rejected.push({ index, id: readRecordId(record), issues: toRecordIssues(parsed.error) });
      }
      return { kind, url, count: envelope.data.count, records, rejected };
    },
  };
}

export function buildNewsUrl(
  baseUrl: string,
  kind: NewsKind,
  eventIds: readonly number[],
  limit: number,
): string {
  const ids = [...new Set(eventIds)].sort((a, b) => a - b);
  const params = new URLSearchParams({
    event: ids.join(','),
    limit: String(Math.min(Math.max(1, Math.floor(limit)), MAX_NEWS_LIMIT)),
    ordering: '-published_at',
  });
  // The commas of the id list stay readable, as SNAPI documents them.
  return `${baseUrl}/${PATH_OF_KIND[kind]}/?${params.toString().replaceAll('%2C', ',')}`;
}

async function getJson(
  url: string,
  fetchImpl: FetchImpl,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<unknown> {
  const timeoutSignal = AbortSignal.timeout(timeoutMs);
  const signal =
    callerSignal === undefined ? timeoutSignal : AbortSignal.any([callerSignal, timeoutSignal]);
  const failure = (error: unknown): unknown => {
    if (callerSignal?.aborted === true) return error;
    if (timeoutSignal.aborted) {
      return new NewsApiError(
        'timeout',
        `${SOURCE_NAME} did not answer within ${formatWait(Math.round(timeoutMs / 1000))}.`,
        url,
      );
    }
    return new NewsApiError(
      'network',
      `Could not reach ${SOURCE_NAME} at ${hostOf(url)}.`,
      url,
      null,
      null,
      {
        cause: error,
      },
    );
  };
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, { headers: { Accept: 'application/json' }, signal });
    text = await response.text();
  } catch (error) {
    throw failure(error);
  }
  if (response.status === 429) {
    const wait = parseThrottleWait(response.headers.get('Retry-After'), readDetail(text));
    throw new NewsApiError('throttled', `${SOURCE_NAME} is limiting requests.`, url, 429, wait);
  }
  if (!response.ok) {
    throw new NewsApiError(
      'http',
      `${SOURCE_NAME} answered with HTTP ${response.status}.`,
      url,
      response.status,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw invalid(url, 'the answer is not JSON', error);
  }
}

function invalid(url: string, why: string, cause?: unknown): NewsApiError {
  return new NewsApiError(
    'invalid-response',
    `${SOURCE_NAME} sent an answer this app cannot read (${why}).`,
    url,
    null,
    null,
    { cause },
  );
}

function readDetail(text: string): string | null {
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' &&
      body !== null &&
      'detail' in body &&
      typeof body.detail === 'string'
      ? body.detail
      : null;
  } catch {
    return null;
  }
}
