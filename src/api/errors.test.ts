import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ApiError, isAbortError, isApiError } from './errors.ts';

const URL_ = 'https://ll.thespacedevs.com/2.3.0/events/';

describe('ApiError', () => {
  it('is an Error with a kind and a message for people', () => {
    const error = ApiError.throttled(URL_, 840, 'Request was throttled.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect(isApiError(error)).toBe(true);
    expect(error.message).toBe('Launch Library 2 is limiting requests: try again in 14 min.');
  });

  it('names the host it could not reach, and keeps the cause', () => {
    const cause = new TypeError('fetch failed');
    const error = ApiError.network(URL_, cause);
    expect(error.message).toContain('ll.thespacedevs.com');
    expect(error.cause).toBe(cause);
  });

  it('says which record and field of an invalid response', () => {
    const error = ApiError.invalidResponse(URL_, [
      { index: 3, id: 1205, path: 'vid_urls[0].start_time', message: 'Invalid ISO datetime' },
      { index: 4, id: null, path: 'name', message: 'Required' },
    ]);
    expect(error.message).toBe(
      'Launch Library 2 sent a response this app cannot read: event 1205 vid_urls[0].start_time: Invalid ISO datetime (and 1 more problems).',
    );
    expect(
      ApiError.invalidResponse(URL_, [{ index: 4, id: null, path: 'name', message: 'Required' }])
        .message,
    ).toContain('event #5 name: Required');
  });

  it.each([
    [401, 'Invalid token.', /token.*Settings/],
    [403, null, /token/],
    [404, 'Not found.', /no such item/],
    [400, 'date__gte: Enter a valid date/time.', /rejected the request.*date__gte/],
    [503, null, /server problem \(HTTP 503\)/],
    [418, null, /HTTP 418/],
  ])('words HTTP %d for people', (status, detail, pattern) => {
    const error = ApiError.http(URL_, status, detail);
    expect(error).toMatchObject({ kind: 'http', status, detail });
    expect(error.message).toMatch(pattern);
  });

  it('serialises to a plain object', () => {
    const error = ApiError.throttled(URL_, 45, null);
    const plain: unknown = JSON.parse(JSON.stringify(error));
    expect(plain).toEqual({
      kind: 'throttled',
      message: error.message,
      url: URL_,
      status: 429,
      detail: null,
      retryAfterSeconds: 45,
      issues: [],
    });
    expect(structuredClone(error.toJSON())).toEqual(plain);
  });
});

describe('isAbortError', () => {
  it('recognises the standard abort error only', () => {
    expect(isAbortError(new DOMException('aborted', 'AbortError'))).toBe(true);
    expect(isAbortError(AbortSignal.abort().reason)).toBe(true);
    expect(isAbortError(new DOMException('late', 'TimeoutError'))).toBe(false);
    expect(isAbortError(ApiError.timeout(URL_, 30_000))).toBe(false);
  });

  it('does not take a transaction the browser aborted for want of room for a cancellation', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isAbortError(new Dexie.AbortError('Transaction aborted', quota))).toBe(false);
  });
});
