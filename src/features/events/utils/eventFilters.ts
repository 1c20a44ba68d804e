import { EVENT_ORDERINGS, type EventOrdering } from '../../../api/params.ts';

/**
 * Best match first while searching, local to this app (the API has no such ordering). After the
 * comma, the date ordering the person chose: it breaks ties between equal matches, and orders the
 * list once the search is cleared. The URL carries it as the API writes a comma list of keys.
 */
export type RelevanceOrdering = 'relevance' | `relevance,${EventOrdering}`;

/** What a list can be ordered by: a date ordering, or relevance while searching. */
export type ListOrdering = EventOrdering | RelevanceOrdering;

export function isRelevance(ordering: ListOrdering): ordering is RelevanceOrdering {
  return ordering.startsWith('relevance');
}

/** The date ordering the person chose (alone, or as relevance's tie-break); null: the view's own. */
export function relevanceTieBreak(ordering: ListOrdering | null): EventOrdering | null {
  if (ordering === null || ordering === 'relevance') return null;
  return isRelevance(ordering) ? (ordering.slice('relevance,'.length) as EventOrdering) : ordering;
}

export function relevanceOrdering(tieBreak: EventOrdering | null): RelevanceOrdering {
  return tieBreak === null ? 'relevance' : `relevance,${tieBreak}`;
}

const isEventOrdering = (key: string): key is EventOrdering =>
  (EVENT_ORDERINGS as readonly string[]).includes(key);

/**
 * The filters with a new search text. Relevance is the default while searching: a search begun
 * (where there was none) ranks the best match first and keeps a chosen date order as the tie-break;
 * a date order picked during the search holds until it is cleared; a search cleared leaves the
 * date order alone.
 */
export function withSearch(filters: EventFilters, search: string): EventFilters {
  const was = filters.search.trim() !== '';
  const is = search.trim() !== '';
  let ordering = filters.ordering;
  if (!was && is && ordering !== null) ordering = relevanceOrdering(relevanceTieBreak(ordering));
  else if (was && !is) ordering = relevanceTieBreak(ordering);
  if (search === filters.search && ordering === filters.ordering) return filters;
  return { ...filters, search, ordering };
}

/**
 * Everything a list can be narrowed by. The URL is the view: each field maps to the API's own
 * query parameter (see `parseEventFilters`), so a link shows the same list to anyone.
 */
export interface EventFilters {
  search: string;
  typeIds: number[];
  agencyIds: number[];
  programIds: number[];
  spacestationIds: number[];
  /** Inclusive/exclusive bounds on `date`, epoch ms. */
  dateGte: number | null;
  dateGt: number | null;
  dateLte: number | null;
  dateLt: number | null;
  /** UTC calendar parts of `date`. */
  years: number[];
  months: number[];
  days: number[];
  hasWebcast: boolean;
  liveNow: boolean;
  /**
   * Null: the view's own order (upcoming soonest first, previous most recent first), and best
   * match first while searching (see `RelevanceOrdering`, `withSearch`).
   */
  ordering: ListOrdering | null;
}

export const NO_FILTERS: EventFilters = {
  search: '',
  typeIds: [],
  agencyIds: [],
  programIds: [],
  spacestationIds: [],
  dateGte: null,
  dateGt: null,
  dateLte: null,
  dateLt: null,
  years: [],
  months: [],
  days: [],
  hasWebcast: false,
  liveNow: false,
  ordering: null,
};

export interface ParsedEventFilters {
  filters: EventFilters;
  /** One plain sentence per parameter value that was ignored. */
  problems: string[];
}

type IdListKey =
  'typeIds' | 'agencyIds' | 'programIds' | 'spacestationIds' | 'years' | 'months' | 'days';
type DateKey = 'dateGte' | 'dateGt' | 'dateLte' | 'dateLt';

const ID_LIST_PARAMS: [string, IdListKey, (n: number) => boolean][] = [
  ['type__ids', 'typeIds', (n) => n > 0],
  ['type', 'typeIds', (n) => n > 0],
  ['agency__ids', 'agencyIds', (n) => n > 0],
  ['program', 'programIds', (n) => n > 0],
  ['spacestation__ids', 'spacestationIds', (n) => n > 0],
  ['year', 'years', (n) => n >= 1900 && n <= 2200],
  ['month', 'months', (n) => n >= 1 && n <= 12],
  ['day', 'days', (n) => n >= 1 && n <= 31],
];

// `date__gt__lt` is the API's own (buggy) name for less-than; links made for the API use it.
const DATE_PARAMS: [string, DateKey][] = [
  ['date__gte', 'dateGte'],
  ['date__gt', 'dateGt'],
  ['date__lte', 'dateLte'],
  ['date__lt', 'dateLt'],
  ['date__gt__lt', 'dateLt'],
];

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A date parameter as the API reads it: a calendar day (UTC midnight) or an ISO instant (UTC unless an offset is given). */
export function parseDateParam(raw: string): number | null {
  const value = raw.trim();
  if (DATE_ONLY.test(value)) return writableInstant(Date.parse(`${value}T00:00:00Z`));
  if (!DATE_TIME.test(value)) return null;
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(value);
  return writableInstant(Date.parse(hasZone ? value : `${value}Z`));
}

/** Earliest and latest instants `formatDateParam` can write as a four-digit year. */
const FIRST_WRITABLE_MS = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_WRITABLE_MS = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * An instant the URL can carry back: an offset can push a date written in years 0000–9999 out of
 * that range in UTC (e.g. 9999-12-31T23:59-23:59), and such a value would not read back.
 */
function writableInstant(ms: number): number | null {
  if (Number.isNaN(ms) || ms < FIRST_WRITABLE_MS || ms > LAST_WRITABLE_MS) return null;
  return ms;
}

/** A calendar day when the instant is a UTC midnight, otherwise the full ISO instant. */
export function formatDateParam(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

const TRUE_VALUES = new Set(['true', '1', 'yes']);
const FALSE_VALUES = new Set(['false', '0', 'no', '']);

/**
 * Reads the list's filters from a query string. Never throws: a value that makes no sense is left
 * out and reported in `problems`, and parameters this app does not know are ignored like the API
 * ignores them.
 */
export function parseEventFilters(params: URLSearchParams): ParsedEventFilters {
  const filters: EventFilters = {
    ...NO_FILTERS,
    typeIds: [],
    agencyIds: [],
    programIds: [],
    spacestationIds: [],
    years: [],
    months: [],
    days: [],
  };
  const problems: string[] = [];
  // A link can repeat a bad value (type__ids=abc,abc): say so once.
  const report = (problem: string) => {
    if (!problems.includes(problem)) problems.push(problem);
  };

  filters.search = params.getAll('search').join(' ').trim();

  for (const [param, key, valid] of ID_LIST_PARAMS) {
    for (const raw of params.getAll(param)) {
      for (const part of raw.split(',')) {
        const piece = part.trim();
        if (piece === '') continue;
        const n = Number(piece);
        if (/^\d+$/.test(piece) && Number.isSafeInteger(n) && valid(n)) {
          if (!filters[key].includes(n)) filters[key].push(n);
        } else {
          report(`Ignored ${param}=${piece}: not a valid value.`);
        }
      }
    }
  }

  for (const [param, key] of DATE_PARAMS) {
    const raw = params.get(param);
    if (raw === null || raw.trim() === '') continue;
    const ms = parseDateParam(raw);
    if (ms === null) report(`Ignored ${param}=${raw}: not a date.`);
    else filters[key] = ms;
  }

  for (const [param, key] of [
    ['has_webcast', 'hasWebcast'],
    ['webcast_live', 'liveNow'],
  ] as const) {
    const raw = params.get(param);
    if (raw === null) continue;
    const value = raw.trim().toLowerCase();
    if (TRUE_VALUES.has(value)) filters[key] = true;
    else if (!FALSE_VALUES.has(value)) report(`Ignored ${param}=${raw}: use true or false.`);
  }

  const ordering = params.get('ordering');
  if (ordering !== null && ordering !== '') {
    // The API allows a comma list; its first key decides the order here (ties go by id).
    // Relevance (this app's own) takes its tie-break from the second key.
    const [first = '', second = ''] = ordering.split(',').map((key) => key.trim());
    if (isEventOrdering(first)) {
      filters.ordering = first;
    } else if (first === 'relevance') {
      filters.ordering = relevanceOrdering(isEventOrdering(second) ? second : null);
      if (second !== '' && !isEventOrdering(second)) {
        report(`Ignored ${second} in ordering=${ordering}: relevance is followed by a date order.`);
      }
    } else {
      report(
        `Ignored ordering=${ordering}: use date, -date, last_updated, -last_updated or relevance.`,
      );
    }
  }

  return { filters, problems };
}

/** Writes filters back as the API's query parameters, in a stable order, leaving out defaults. */
export function serializeEventFilters(filters: EventFilters): URLSearchParams {
  const params = new URLSearchParams();
  const search = filters.search.trim();
  if (search) params.set('search', search);
  const lists: [string, number[]][] = [
    ['type__ids', filters.typeIds],
    ['agency__ids', filters.agencyIds],
    ['program', filters.programIds],
    ['spacestation__ids', filters.spacestationIds],
  ];
  for (const [param, ids] of lists) {
    if (ids.length > 0) params.set(param, [...ids].sort((a, b) => a - b).join(','));
  }
  const dates: [string, number | null][] = [
    ['date__gte', filters.dateGte],
    ['date__gt', filters.dateGt],
    ['date__lte', filters.dateLte],
    ['date__lt', filters.dateLt],
  ];
  for (const [param, ms] of dates) if (ms !== null) params.set(param, formatDateParam(ms));
  const parts: [string, number[]][] = [
    ['year', filters.years],
    ['month', filters.months],
    ['day', filters.days],
  ];
  for (const [param, values] of parts) {
    if (values.length > 0) params.set(param, [...values].sort((a, b) => a - b).join(','));
  }
  if (filters.hasWebcast) params.set('has_webcast', 'true');
  if (filters.liveNow) params.set('webcast_live', 'true');
  if (filters.ordering) params.set('ordering', filters.ordering);
  return params;
}

/** How many filters (not search, not ordering) narrow the list: shown on the phone's filter button. */
export function countActiveFilters(filters: EventFilters): number {
  return (
    filters.typeIds.length +
    filters.agencyIds.length +
    filters.programIds.length +
    filters.spacestationIds.length +
    [filters.dateGte, filters.dateGt, filters.dateLte, filters.dateLt].filter((d) => d !== null)
      .length +
    filters.years.length +
    filters.months.length +
    filters.days.length +
    (filters.hasWebcast ? 1 : 0) +
    (filters.liveNow ? 1 : 0)
  );
}

/**
 * The query string of a view ("type__ids=2,3&date__gte=2026-07-01"): commas and colons are left
 * readable, as in the API's own links, since a view is meant to be read and shared.
 */
export function eventFiltersQueryString(filters: EventFilters): string {
  return serializeEventFilters(filters).toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
}
