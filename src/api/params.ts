import type { EventMode } from './schemas.ts';

/** The list endpoints: `/events/`, `/events/upcoming/`, `/events/previous/`. */
export type EventsEndpoint = 'events' | 'upcoming' | 'previous';

/** The orderings the API accepts for events; the app applies the same ones locally (ties by id). */
export const EVENT_ORDERINGS = ['date', '-date', 'last_updated', '-last_updated'] as const;
export type EventOrdering = (typeof EVENT_ORDERINGS)[number];

/** An instant for a date filter: a `Date`, or a string passed to the API as is. */
export type DateParam = Date | string;

/**
 * Every parameter of LL2's events endpoints (DESIGN §2), named as the API names them. List-valued
 * filters are ORs within the list; an empty list means "no filter" and is left out of the URL.
 */
export interface EventsQuery {
  id?: readonly number[];
  slug?: string;
  type?: number;
  type__ids?: readonly number[];
  agency__ids?: readonly number[];
  /** Sent repeated (`program=1&program=17`), the form LL2 documents for this filter. */
  program?: readonly number[];
  /** Webcast URLs; an event matches when one of its webcasts has exactly that url. */
  video_url?: readonly string[];
  date__gt?: DateParam;
  date__gte?: DateParam;
  date__lt?: DateParam;
  date__lte?: DateParam;
  /** LL2's own (misnamed) spelling of "date less than". */
  date__gt__lt?: DateParam;
  last_updated__gte?: DateParam;
  last_updated__lte?: DateParam;
  /** UTC calendar parts of `date`. */
  year?: readonly number[];
  month?: readonly number[];
  day?: readonly number[];
  search?: string;
  ordering?: readonly EventOrdering[];
  /** Only meaningful on `/events/upcoming/`; left out of other URLs. */
  hide_recent_previous?: boolean;
  /** 1–100; LL2 clamps larger values to 100 and defaults to 10. */
  limit?: number;
  offset?: number;
  mode?: EventMode;
}

const ENDPOINT_PATHS: Record<EventsEndpoint, string> = {
  events: '/events/',
  upcoming: '/events/upcoming/',
  previous: '/events/previous/',
};

/**
 * The URL of one page of events. Parameters are written in a fixed order so the same query always
 * gives the same URL; lists are comma-joined except `program`, which repeats.
 *
 * @param baseUrl absolute API base such as `https://ll.thespacedevs.com/2.3.0` (see resolveApiBaseUrl)
 * @throws RangeError for values the API would silently replace by defaults (bad limit, offset, ids)
 */
export function buildEventsUrl(
  baseUrl: string,
  endpoint: EventsEndpoint,
  query: EventsQuery = {},
): string {
  const parts: string[] = [];
  const add = (name: string, value: string) => {
    parts.push(`${name}=${encodeURIComponent(value)}`);
  };
  const addList = (name: string, values: readonly (string | number)[] | undefined) => {
    if (values === undefined || values.length === 0) return;
    parts.push(`${name}=${values.map((value) => encodeURIComponent(String(value))).join(',')}`);
  };

  addList('id', checkIntegers('id', query.id));
  if (query.slug !== undefined) add('slug', query.slug);
  if (query.type !== undefined) add('type', String(checkInteger('type', query.type)));
  addList('type__ids', checkIntegers('type__ids', query.type__ids));
  addList('agency__ids', checkIntegers('agency__ids', query.agency__ids));
  for (const program of checkIntegers('program', query.program) ?? []) {
    add('program', String(program));
  }
  addList('video_url', query.video_url);
  for (const name of DATE_PARAMS) {
    const value = query[name];
    if (value !== undefined) add(name, formatDateParam(name, value));
  }
  addList('year', checkIntegers('year', query.year));
  addList('month', checkIntegers('month', query.month));
  addList('day', checkIntegers('day', query.day));
  if (query.search !== undefined && query.search.trim() !== '') add('search', query.search.trim());
  addList('ordering', query.ordering);
  if (endpoint === 'upcoming' && query.hide_recent_previous !== undefined) {
    add('hide_recent_previous', String(query.hide_recent_previous));
  }
  if (query.limit !== undefined) add('limit', String(checkRange('limit', query.limit, 1, 100)));
  if (query.offset !== undefined) {
    add('offset', String(checkRange('offset', query.offset, 0, Number.MAX_SAFE_INTEGER)));
  }
  if (query.mode !== undefined) add('mode', query.mode);

  return withQuery(`${trimBase(baseUrl)}${ENDPOINT_PATHS[endpoint]}`, parts);
}

/** The URL of one event, `/events/{id}/` (detailed unless another mode is asked for). */
export function buildEventUrl(baseUrl: string, id: number, mode?: EventMode): string {
  const path = `${trimBase(baseUrl)}/events/${checkInteger('id', id)}/`;
  return withQuery(path, mode === undefined ? [] : [`mode=${mode}`]);
}

/** `/config/event_types/`, asking for the largest page so one request usually brings them all. */
export function buildEventTypesUrl(baseUrl: string): string {
  return `${trimBase(baseUrl)}/config/event_types/?limit=100`;
}

/** `/api-throttle/`, which does not count against the rate limit. */
export function buildThrottleUrl(baseUrl: string): string {
  return `${trimBase(baseUrl)}/api-throttle/`;
}

const DATE_PARAMS = [
  'date__gt',
  'date__gte',
  'date__lt',
  'date__lte',
  'date__gt__lt',
  'last_updated__gte',
  'last_updated__lte',
] as const;

function formatDateParam(name: string, value: DateParam): string {
  if (typeof value === 'string') return value;
  if (Number.isNaN(value.getTime())) throw new RangeError(`${name} is not a valid date`);
  // Whole seconds read like LL2's own timestamps; keep milliseconds only when they matter.
  return value.toISOString().replace('.000Z', 'Z');
}

function checkInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${name} must be an integer, got ${value}`);
  return value;
}

function checkIntegers(name: string, values: readonly number[] | undefined) {
  values?.forEach((value) => checkInteger(name, value));
  return values;
}

function checkRange(name: string, value: number, min: number, max: number): number {
  checkInteger(name, value);
  if (value < min || value > max) {
    throw new RangeError(`${name} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

function withQuery(path: string, parts: readonly string[]): string {
  return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
}
