import type { z } from 'zod';
import { resolveApiBaseUrl } from './baseUrl.ts';
import { ApiError } from './errors.ts';
import { fetchJson, type FetchImpl } from './http.ts';
import {
  buildEventsUrl,
  buildEventTypesUrl,
  buildEventUrl,
  buildThrottleUrl,
  type EventsEndpoint,
  type EventsQuery,
} from './params.ts';
import {
  ApiThrottle,
  EventDetailed,
  EventTypeConfig,
  PagedEnvelope,
  eventSchemaByMode,
  type EventByMode,
  type EventMode,
  type Paged,
} from './schemas.ts';
import {
  readRecordId,
  toRecordIssues,
  toResponseIssues,
  type RejectedRecord,
} from './validation.ts';
import { yieldToMain } from '../lib/yieldToMain.ts';

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface Ll2ClientOptions {
  /** Absolute, or origin-relative (resolved against the page's origin), e.g. `/sample-api/2.3.0`. */
  baseUrl: string;
  /** LL2 API key, sent as `Authorization: Token <key>`; empty or null sends none. */
  token?: string | null;
  /** Defaults to the global `fetch`, looked up at call time. */
  fetchImpl?: FetchImpl;
  /** Per request, body included. Default 30 s. */
  timeoutMs?: number;
}

export interface EventsPageRequest<M extends EventMode> {
  endpoint?: EventsEndpoint;
  query?: Omit<EventsQuery, 'mode'>;
  /** Default `normal`, like the API. */
  mode?: M;
  signal?: AbortSignal;
}

export interface EventsPageResult<M extends EventMode> {
  /** The page with the valid records only; `count`, `next`, `previous` as the API sent them. */
  page: Paged<EventByMode[M]>;
  /** Records left out because they failed validation, so the caller can report them. */
  rejected: RejectedRecord[];
  /** The URL that was fetched. */
  url: string;
}

export interface Ll2Client {
  /** The canonical absolute base URL this client talks to. */
  readonly baseUrl: string;
  getEventsPage<M extends EventMode = 'normal'>(
    request?: EventsPageRequest<M>,
  ): Promise<EventsPageResult<M>>;
  /** Fetches a page by absolute URL (a `next`/`previous` link); refuses other origins. */
  getEventsPageAt<M extends EventMode>(
    url: string,
    mode: M,
    signal?: AbortSignal,
  ): Promise<EventsPageResult<M>>;
  /** One event in detailed mode; a missing id is an `http` ApiError with status 404. */
  getEvent(id: number, signal?: AbortSignal): Promise<EventDetailed>;
  /** All event types of `/config/event_types/`, following `next`. */
  getEventTypes(signal?: AbortSignal): Promise<EventTypeConfig[]>;
  /** The caller's budget from `/api-throttle/` (free: it does not count against the limit). */
  getThrottle(signal?: AbortSignal): Promise<ApiThrottle>;
}

/** Records validated between two yields to the browser. */
const RECORDS_PER_SLICE = 20;

const EventTypesPage = PagedEnvelope.extend({ results: EventTypeConfig.array() });

/** Guards against a server whose `next` links loop. */
const MAX_EVENT_TYPE_PAGES = 20;

export function createLl2Client(options: Ll2ClientOptions): Ll2Client {
  const baseUrl = resolveApiBaseUrl(options.baseUrl, pageOrigin());
  const baseOrigin = new URL(baseUrl).origin;
  const token = options.token?.trim() ? options.token.trim() : null;
  const fetchImpl: FetchImpl =
    options.fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const get = (url: string, signal: AbortSignal | undefined) =>
    fetchJson({ url, fetchImpl, token, timeoutMs, signal });

  async function fetchEventsPage<M extends EventMode>(
    url: string,
    mode: M,
    signal: AbortSignal | undefined,
  ): Promise<EventsPageResult<M>> {
    const body = await get(url, signal);
    const envelope = PagedEnvelope.safeParse(body);
    if (!envelope.success) throw ApiError.invalidResponse(url, toResponseIssues(envelope.error));

    const schema = eventSchemaByMode[mode] as unknown as z.ZodType<EventByMode[M]>;
    const results: EventByMode[M][] = [];
    const rejected: RejectedRecord[] = [];
    for (const [index, record] of envelope.data.results.entries()) {
      // A detailed page of 100 records takes tens of milliseconds to check on a phone: check it in
      // slices so a sync never blocks scrolling or typing for long.
      if (index > 0 && index % RECORDS_PER_SLICE === 0) await yieldToMain();
      const parsed = schema.safeParse(record);
      if (parsed.success) results.push(parsed.data);
      else rejected.push({ index, id: readRecordId(record), issues: toRecordIssues(parsed.error) });
    }
    const { count, next, previous } = envelope.data;
    return { page: { count, next, previous, results }, rejected, url };
  }

  function checkSameOrigin(url: string): void {
    let origin: string | null;
    try {
      origin = new URL(url).origin;
    } catch {
      origin = null;
    }
    if (origin !== baseOrigin) {
      throw ApiError.invalidResponse(url, [
        {
          index: null,
          id: null,
          path: 'next',
          message: `the page link leads away from ${baseOrigin}, so it was not followed`,
        },
      ]);
    }
  }

  return {
    baseUrl,

    // async so that bad arguments and refused links reject like every other failure.
    async getEventsPage<M extends EventMode = 'normal'>(request: EventsPageRequest<M> = {}) {
      const mode = request.mode ?? ('normal' as M);
      const url = buildEventsUrl(baseUrl, request.endpoint ?? 'events', {
        ...request.query,
        mode,
      });
      return fetchEventsPage(url, mode, request.signal);
    },

    async getEventsPageAt(url, mode, signal) {
      checkSameOrigin(url);
      return fetchEventsPage(url, mode, signal);
    },

    async getEvent(id, signal) {
      const url = buildEventUrl(baseUrl, id, 'detailed');
      const parsed = EventDetailed.safeParse(await get(url, signal));
      if (!parsed.success) {
        throw ApiError.invalidResponse(url, toResponseIssues(parsed.error, null, id));
      }
      return parsed.data;
    },

    async getEventTypes(signal) {
      const types: EventTypeConfig[] = [];
      let url: string | null = buildEventTypesUrl(baseUrl);
      for (let pages = 0; url !== null && pages < MAX_EVENT_TYPE_PAGES; pages += 1) {
        checkSameOrigin(url);
        const pageUrl: string = url;
        const parsed = EventTypesPage.safeParse(await get(pageUrl, signal));
        if (!parsed.success) {
          throw ApiError.invalidResponse(pageUrl, toResponseIssues(parsed.error));
        }
        types.push(...parsed.data.results);
        url = parsed.data.next;
      }
      return types;
    },

    async getThrottle(signal) {
      const url = buildThrottleUrl(baseUrl);
      const parsed = ApiThrottle.array()
        .min(1)
        .safeParse(await get(url, signal));
      if (!parsed.success) throw ApiError.invalidResponse(url, toResponseIssues(parsed.error));
      const [throttle] = parsed.data;
      if (throttle === undefined) {
        throw ApiError.invalidResponse(url, [
          { index: null, id: null, path: '', message: 'no throttle entry' },
        ]);
      }
      return throttle;
    },
  };
}

/** The page's origin in a browser; null in Node, where only absolute base URLs make sense. */
function pageOrigin(): string | null {
  const location = (globalThis as { location?: { origin?: unknown } }).location;
  return typeof location?.origin === 'string' ? location.origin : null;
}
