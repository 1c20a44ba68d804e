import { ApiError } from './errors.ts';
import { parseThrottleWait } from './throttleWait.ts';

export type FetchImpl = (input: string, init: RequestInit) => Promise<Response>;

export interface JsonRequest {
  url: string;
  fetchImpl: FetchImpl;
  token: string | null;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/**
 * GETs `url` and returns its parsed JSON body, or throws an ApiError for every way that can fail.
 * The timeout covers the whole exchange, body included. When the caller's own signal aborts, the
 * fetch's AbortError is rethrown untouched: giving up is not a failure of the API.
 */
export async function fetchJson(request: JsonRequest): Promise<unknown> {
  const { url, fetchImpl, token, timeoutMs, signal: callerSignal } = request;
  const timeoutSignal = AbortSignal.timeout(timeoutMs);
  const signal =
    callerSignal === undefined ? timeoutSignal : AbortSignal.any([callerSignal, timeoutSignal]);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token !== null) headers.Authorization = `Token ${token}`;

  const failure = (error: unknown, whileReadingBody: boolean): unknown => {
    if (callerSignal?.aborted === true) return error;
    if (timeoutSignal.aborted) return ApiError.timeout(url, timeoutMs);
    if (whileReadingBody) {
      return ApiError.invalidResponse(
        url,
        [{ index: null, id: null, path: '', message: 'the response was cut off before its end' }],
        error,
      );
    }
    return ApiError.network(url, error);
  };

  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, { headers, signal });
  } catch (error) {
    throw failure(error, false);
  }
  try {
    text = await response.text();
  } catch (error) {
    throw failure(error, true);
  }

  if (response.status === 429) {
    const detail = readDetail(text);
    const wait = parseThrottleWait(response.headers.get('Retry-After'), detail);
    throw ApiError.throttled(url, wait, detail);
  }
  if (!response.ok) throw ApiError.http(url, response.status, readDetail(text));

  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = describeUnreadableBody(text);
    throw ApiError.invalidResponse(url, [{ index: null, id: null, path: '', message }], error);
  }
}

function describeUnreadableBody(text: string): string {
  const start = text.trimStart();
  if (start === '') return 'the response is empty';
  // A sign-in page of a hotel network or a proxy's error page answers with 200 and HTML.
  if (start.startsWith('<')) return 'the response is a web page, not data (a network login page?)';
  return 'the response is not complete JSON (it may have been cut off)';
}

/**
 * The server's explanation from an error body: DRF's `{"detail": "…"}`, or the field errors of a
 * 400 (`{"date__gte": ["Enter a valid date/time."]}`) as "date__gte: Enter a valid date/time.".
 */
function readDetail(text: string): string | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  if ('detail' in body && typeof body.detail === 'string') return body.detail;
  const fields = Object.entries(body).flatMap(([field, messages]) => {
    const list: unknown[] = Array.isArray(messages) ? messages : [messages];
    const said = list.filter((message): message is string => typeof message === 'string');
    return said.length === 0 ? [] : [`${field}: ${said.join(' ')}`];
  });
  return fields.length === 0 ? null : fields.join('; ');
}
