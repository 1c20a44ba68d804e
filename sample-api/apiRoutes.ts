import { DATE_PRECISIONS, EVENT_TYPES } from './catalog.ts';
import { parseEventQuery, selectEvents, type EventQuery, type EventWindow } from './eventQuery.ts';
import type { IndexedEvent } from './eventStore.ts';
import { paginate, readPageWindow } from './paging.ts';
import { parseMode, representEvent } from './representation.ts';
import type { SampleData } from './sampleData.ts';
import { SELF_ORIGIN } from './types.ts';

export interface ApiAnswer {
  status: number;
  body: unknown;
  /** True for an events page: the malformed-record fault may damage one of its results. */
  isEventPage?: boolean;
}

const NOT_FOUND: ApiAnswer = { status: 404, body: { detail: 'Not found.' } };

/** Answers one LL2 GET route (path relative to the mount, with a trailing slash). */
export function answerApiRequest(
  path: string,
  requestUrl: URL,
  data: SampleData,
  nowMs: number,
): ApiAnswer {
  const params = requestUrl.searchParams;
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) {
    return {
      status: 200,
      body: {
        events: `${SELF_ORIGIN}/events/`,
        config: `${SELF_ORIGIN}/config/event_types/`,
        'api-throttle': `${SELF_ORIGIN}/api-throttle/`,
      },
    };
  }
  const [first, second, third, ...rest] = segments;
  if (first === 'events' && rest.length === 0) {
    let window: EventWindow = 'all';
    let idSegment = second;
    if (second === 'upcoming' || second === 'previous') {
      window = second;
      idSegment = third;
    } else if (third !== undefined) {
      return NOT_FOUND;
    }
    if (idSegment !== undefined) return answerEvent(idSegment, window, params, data, nowMs);
    const { query, errors } = parseEventQuery(params);
    if (Object.keys(errors).length > 0) return { status: 400, body: errors };
    const mode = parseMode(params.get('mode'), 'normal');
    const page = paginate(
      cachedSelection(data, query, window, nowMs),
      readPageWindow(params),
      requestUrl,
    );
    return {
      status: 200,
      body: { ...page, results: page.results.map((item) => representEvent(item.event, mode)) },
      isEventPage: true,
    };
  }
  if (
    first === 'config' &&
    (second === 'event_types' || second === 'net_precisions') &&
    rest.length === 0
  ) {
    const items = second === 'event_types' ? EVENT_TYPES : DATE_PRECISIONS;
    if (third !== undefined)
      return items.find((item) => String(item.id) === third)
        ? { status: 200, body: items.find((item) => String(item.id) === third) }
        : NOT_FOUND;
    return { status: 200, body: paginate(items, readPageWindow(params), requestUrl) };
  }
  return NOT_FOUND;
}

const SELECTIONS_KEPT = 8;
const selections = new WeakMap<SampleData['store'], Map<string, IndexedEvent[]>>();

/**
 * Paging through a large data set asks the same query again for every page; keeping the last few
 * selections per store version makes a 100,000-event walk cost one sort, not one per page.
 */
function cachedSelection(
  data: SampleData,
  query: EventQuery,
  window: EventWindow,
  nowMs: number,
): IndexedEvent[] {
  const store = data.store;
  const key = JSON.stringify([
    store.version,
    window,
    window === 'all' ? 0 : Math.floor(nowMs / 1000),
    query,
  ]);
  let cache = selections.get(store);
  if (!cache) selections.set(store, (cache = new Map<string, IndexedEvent[]>()));
  const hit = cache.get(key);
  if (hit) return hit;
  const result = selectEvents(store.all(), query, window, nowMs);
  cache.set(key, result);
  if (cache.size > SELECTIONS_KEPT) cache.delete(cache.keys().next().value as string);
  return result;
}

function answerEvent(
  idSegment: string,
  window: EventWindow,
  params: URLSearchParams,
  data: SampleData,
  nowMs: number,
): ApiAnswer {
  if (!/^\d+$/.test(idSegment)) return NOT_FOUND;
  const item = data.store.get(Number(idSegment));
  if (!item) return NOT_FOUND;
  const { query } = parseEventQuery(new URLSearchParams());
  if (window !== 'all' && selectEvents([item], query, window, nowMs).length === 0) return NOT_FOUND;
  return {
    status: 200,
    body: representEvent(item.event, parseMode(params.get('mode'), 'detailed')),
  };
}
