import type { IndexedEvent } from './eventStore.ts';

/** Which list endpoint is asked: it decides the time window and the default order. */
export type EventWindow = 'all' | 'upcoming' | 'previous';

type OrderField = 'date' | 'last_updated';
interface OrderKey {
  field: OrderField;
  descending: boolean;
}

export interface EventQuery {
  ids: number[] | null;
  slug: string | null;
  type: number | null;
  typeIds: number[] | null;
  agencyIds: number[] | null;
  programs: number[] | null;
  videoUrls: string[] | null;
  dateGt: number | null;
  dateGte: number | null;
  dateLt: number | null;
  dateLte: number | null;
  lastUpdatedGte: number | null;
  lastUpdatedLte: number | null;
  years: number[] | null;
  months: number[] | null;
  days: number[] | null;
  searchTerms: string[];
  ordering: OrderKey[] | null;
  hideRecentPrevious: boolean;
}

/** Validation failures in the API's own shape: `{ "<param>": ["message"] }`. */
export type QueryErrors = Record<string, string[]>;

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Parses a date/time the way Django's DateTimeField does; a zone-less value is UTC. */
export function parseDateTime(raw: string): number | null {
  const match = DATE_TIME.exec(raw.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  let ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const fraction = /\.(\d+)/.exec(raw);
  if (fraction?.[1]) ms += Math.floor(Number(`0.${fraction[1]}`) * 1000);
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return ms;
}

function commaList(values: string[]): string[] {
  return values
    .flatMap((value) => value.split(','))
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Reads the events endpoints' parameters. Unknown parameters are ignored; a value the API would
 * reject is reported in `errors` under its parameter name, as the API does.
 */
export function parseEventQuery(params: URLSearchParams): {
  query: EventQuery;
  errors: QueryErrors;
} {
  const errors: QueryErrors = {};
  const fail = (name: string, message: string) => {
    errors[name] = [message];
  };
  const numberList = (name: string, message = 'Enter a number.'): number[] | null => {
    const values = params.getAll(name);
    if (values.length === 0) return null;
    const parts = commaList(values);
    const numbers = parts.map(Number);
    if (numbers.some((value) => !Number.isInteger(value))) {
      fail(name, message);
      return null;
    }
    return parts.length === 0 ? null : numbers;
  };
  const date = (name: string): number | null => {
    const raw = params.get(name);
    if (raw === null || raw === '') return null;
    const ms = parseDateTime(raw);
    if (ms === null) fail(name, 'Enter a valid date/time.');
    return ms;
  };
  const typeRaw = params.get('type');
  let type: number | null = null;
  if (typeRaw !== null && typeRaw !== '') {
    type = Number(typeRaw);
    if (!Number.isInteger(type)) {
      fail('type', 'Enter a whole number.');
      type = null;
    }
  }
  const videoUrls = commaList(params.getAll('video_url'));
  const dateLtLegacy = date('date__gt__lt');
  const dateLt = date('date__lt');
  const query: EventQuery = {
    ids: numberList('id'),
    slug: params.get('slug') || null,
    type,
    typeIds: numberList('type__ids'),
    agencyIds: numberList('agency__ids'),
    programs: numberList('program'),
    videoUrls: videoUrls.length ? videoUrls : null,
    dateGt: date('date__gt'),
    dateGte: date('date__gte'),
    // `date__gt__lt` is the API's own misnamed less-than filter; both bounds apply when both are given.
    dateLt:
      dateLt === null
        ? dateLtLegacy
        : dateLtLegacy === null
          ? dateLt
          : Math.min(dateLt, dateLtLegacy),
    dateLte: date('date__lte'),
    lastUpdatedGte: date('last_updated__gte'),
    lastUpdatedLte: date('last_updated__lte'),
    years: numberList('year'),
    months: numberList('month'),
    days: numberList('day'),
    searchTerms: (params.get('search') ?? '')
      .split(/[\s,]+/)
      .map((term) => term.toLowerCase())
      .filter((term) => term !== ''),
    ordering: parseOrdering(params.get('ordering')),
    hideRecentPrevious: ['true', 'True', '1'].includes(params.get('hide_recent_previous') ?? ''),
  };
  return { query, errors };
}

/** Unknown ordering fields are dropped, as DRF does; none left means the endpoint's default. */
function parseOrdering(raw: string | null): OrderKey[] | null {
  if (!raw) return null;
  const keys = commaList([raw]).flatMap((part): OrderKey[] => {
    const descending = part.startsWith('-');
    const field = descending ? part.slice(1) : part;
    return field === 'date' || field === 'last_updated' ? [{ field, descending }] : [];
  });
  return keys.length ? keys : null;
}

const DAY = 86_400_000;

function inWindow(
  item: IndexedEvent,
  window: EventWindow,
  query: EventQuery,
  nowMs: number,
): boolean {
  if (window === 'all') return true;
  if (item.dateMs === null) return false;
  if (window === 'previous') return item.dateMs <= nowMs;
  return item.dateMs >= (query.hideRecentPrevious ? nowMs : nowMs - DAY);
}

function matchesDate(dateMs: number | null, query: EventQuery): boolean {
  const bounded =
    query.dateGt !== null ||
    query.dateGte !== null ||
    query.dateLt !== null ||
    query.dateLte !== null ||
    query.years ||
    query.months ||
    query.days;
  if (!bounded) return true;
  if (dateMs === null) return false;
  if (query.dateGt !== null && !(dateMs > query.dateGt)) return false;
  if (query.dateGte !== null && !(dateMs >= query.dateGte)) return false;
  if (query.dateLt !== null && !(dateMs < query.dateLt)) return false;
  if (query.dateLte !== null && !(dateMs <= query.dateLte)) return false;
  const date = new Date(dateMs);
  if (query.years && !query.years.includes(date.getUTCFullYear())) return false;
  if (query.months && !query.months.includes(date.getUTCMonth() + 1)) return false;
  if (query.days && !query.days.includes(date.getUTCDate())) return false;
  return true;
}

export function matchesQuery(
  item: IndexedEvent,
  query: EventQuery,
  window: EventWindow,
  nowMs: number,
): boolean {
  const { event } = item;
  if (!inWindow(item, window, query, nowMs)) return false;
  if (query.ids && !query.ids.includes(event.id)) return false;
  if (query.slug !== null && event.slug !== query.slug) return false;
  if (query.type !== null && event.type.id !== query.type) return false;
  if (query.typeIds && !query.typeIds.includes(event.type.id)) return false;
  if (query.agencyIds && !event.agencies.some((agency) => query.agencyIds?.includes(agency.id)))
    return false;
  if (query.programs && !event.program.some((program) => query.programs?.includes(program.id)))
    return false;
  if (query.videoUrls && !event.vid_urls.some((webcast) => query.videoUrls?.includes(webcast.url)))
    return false;
  if (query.lastUpdatedGte !== null && item.lastUpdatedMs < query.lastUpdatedGte) return false;
  if (query.lastUpdatedLte !== null && item.lastUpdatedMs > query.lastUpdatedLte) return false;
  if (!matchesDate(item.dateMs, query)) return false;
  return query.searchTerms.every((term) => item.nameLower.includes(term));
}

function compareBy(keys: readonly OrderKey[]): (a: IndexedEvent, b: IndexedEvent) => number {
  return (a, b) => {
    for (const key of keys) {
      const left = key.field === 'date' ? a.dateMs : a.lastUpdatedMs;
      const right = key.field === 'date' ? b.dateMs : b.lastUpdatedMs;
      if (left === right) continue;
      // PostgreSQL puts NULLs last in ascending order and first in descending order.
      if (left === null) return key.descending ? -1 : 1;
      if (right === null) return key.descending ? 1 : -1;
      return key.descending ? right - left : left - right;
    }
    return a.event.id - b.event.id;
  };
}

/** The events an endpoint returns for a query, filtered and ordered (ties by id). */
export function selectEvents(
  events: readonly IndexedEvent[],
  query: EventQuery,
  window: EventWindow,
  nowMs: number,
): IndexedEvent[] {
  const defaultOrder: OrderKey[] =
    window === 'previous'
      ? [{ field: 'date', descending: true }]
      : window === 'upcoming'
        ? [{ field: 'date', descending: false }]
        : [];
  const matching = events.filter((item) => matchesQuery(item, query, window, nowMs));
  return matching.sort(compareBy(query.ordering ?? defaultOrder));
}
