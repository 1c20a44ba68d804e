import type { DatedRange } from '../../../db/eventReads.ts';
import type { EventSummary } from '../../../db/eventSummary.ts';
import { isEventLive } from '../../../domain/live.ts';
import type { EventOrdering } from '../../../api/params.ts';
import {
  countActiveFilters,
  isRelevance,
  relevanceTieBreak,
  type EventFilters,
} from './eventFilters.ts';
import { searchScore, searchTerms } from './searchEvents.ts';
import {
  matchAll,
  prepareSearchColumns,
  rankTerm,
  searchColumnsOf,
  type TermRanks,
} from './searchColumns.ts';
import {
  buildEventColumns,
  type EventColumns,
  chosenCodes,
  countOptions,
  countsById,
  hasChosen,
} from './eventColumns.ts';

/** The three list pages: what part of the timeline each shows. */
export type EventView = 'upcoming' | 'previous' | 'all';

/** Upcoming keeps events of the last 24 h, like the API's `/events/upcoming/` (DESIGN §2). */
export const UPCOMING_GRACE_MS = 24 * 3_600_000;

export function defaultOrdering(view: EventView): EventOrdering {
  return view === 'upcoming' ? 'date' : '-date';
}

/**
 * The date order a list runs in: the chosen one, or the view's own. Under relevance it breaks ties
 * between equally good matches, and it is the order again once the search is cleared.
 */
export function dateOrdering(filters: EventFilters, view: EventView): EventOrdering {
  return relevanceTieBreak(filters.ordering) ?? defaultOrdering(view);
}

/** Best match first: while searching, unless the person chose a date order for this search. */
export function ranksByRelevance(filters: EventFilters): boolean {
  return (
    filters.search.trim() !== '' && (filters.ordering === null || isRelevance(filters.ordering))
  );
}

/** Whether an event dated `dateMs` (null: undated) belongs in the view. */
export function isDateInView(dateMs: number | null, view: EventView, now: number): boolean {
  if (view === 'all') return true;
  if (dateMs === null) return false;
  return view === 'upcoming' ? dateMs >= now - UPCOMING_GRACE_MS : dateMs <= now;
}

/** The clock step of a list's head: its bounds move by whole minutes (see previewRange). */
const PREVIEW_CLOCK_STEP_MS = 60_000;

/**
 * Where the head of a list lies in the `dateMs` index, so its count and first rows can show before
 * the whole set is loaded (decision 031): the view's bounds as isDateInView draws them, in the date
 * order. Null when the filters need the whole set: a search, any filter, an order by update.
 *
 * The clock-bound views take `now` to the minute, widened (the upcoming bound down, the previous
 * bound up), so a head read ahead at start-up, a moment before the page renders, is the one the
 * page asks for (decision 038). The head may then hold an event of that minute the whole set
 * leaves out, for the moment until the whole set is loaded.
 */
export function previewRange(
  filters: EventFilters,
  view: EventView,
  now: number,
): DatedRange | null {
  if (filters.search.trim() !== '' || countActiveFilters(filters) > 0) return null;
  const ordering = dateOrdering(filters, view);
  if (ordering !== 'date' && ordering !== '-date') return null;
  const minuteStart = now - (now % PREVIEW_CLOCK_STEP_MS);
  return {
    fromMs: view === 'upcoming' ? minuteStart - UPCOMING_GRACE_MS : null,
    toMs: view === 'previous' ? minuteStart + PREVIEW_CLOCK_STEP_MS - 1 : null,
    descending: ordering === '-date',
    withUndated: view === 'all',
  };
}

function compareDates(a: number | null, b: number | null): number {
  if (a === b) return 0;
  // Undated events sort after every dated one, whichever way the list runs.
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** A new array in the given order; ties (and undated events) by id so the order is stable. */
export function sortEvents(
  events: readonly EventSummary[],
  ordering: EventOrdering,
): EventSummary[] {
  const descending = ordering.startsWith('-');
  const byUpdate = ordering.endsWith('last_updated');
  return [...events].sort((a, b) => {
    let diff: number;
    if (byUpdate)
      diff = descending ? b.lastUpdatedMs - a.lastUpdatedMs : a.lastUpdatedMs - b.lastUpdatedMs;
    else if (a.dateMs === null || b.dateMs === null) diff = compareDates(a.dateMs, b.dateMs);
    else diff = descending ? b.dateMs - a.dateMs : a.dateMs - b.dateMs;
    return diff !== 0 ? diff : a.id - b.id;
  });
}

/** For each option of each filter, how many events the list would hold with it chosen. */
export interface FacetCounts {
  types: Map<number, number>;
  agencies: Map<number, number>;
  programs: Map<number, number>;
  spacestations: Map<number, number>;
  years: Map<number, number>;
  months: Map<number, number>;
  hasWebcast: number;
  liveNow: number;
}

export interface EventQueryResult {
  events: EventSummary[];
  facets: FacetCounts;
}

const Facet = {
  Type: 0,
  Agency: 1,
  Program: 2,
  Station: 3,
  Year: 4,
  Month: 5,
  Webcast: 6,
  Live: 7,
} as const;
type Facet = (typeof Facet)[keyof typeof Facet];

/** The events matching one search, as positions in `sorted` (ascending) with their scores. */
interface SearchMatches {
  terms: string[];
  positions: Int32Array;
  scores: Uint32Array;
}

/**
 * True when every event matching `next` also matches `previous`: the person typed on (the last
 * term grew, or terms were added). Then only the previous matches need searching.
 */
function narrows(previous: string[], next: string[]): boolean {
  if (previous.length === 0 || next.length < previous.length) return false;
  return previous.every((term, i) =>
    i < previous.length - 1 ? next[i] === term : (next[i] ?? '').includes(term),
  );
}

/** How many results a query keeps for filters asked again. */
const RECENT_RESULTS = 4;

/**
 * Narrowed to fewer than one event in this many, the candidates are searched one by one; more
 * than that, scanning each field's text over the whole archive is cheaper (decision 033).
 */
const SCAN_WHEN_CANDIDATES_OVER = 1 / 8;

export interface EventQuery {
  (filters: EventFilters, view: EventView, now: number): EventQueryResult;
  /**
   * Lays out the search's text columns in the background (one field a task), so the first letter
   * typed does not wait for them; stops when `signal` aborts.
   */
  prepareSearch: (signal: AbortSignal) => Promise<void>;
}

/**
 * Filters, searches and ranks events held in memory (DESIGN §1): one pass over `sorted`, which is
 * already in the date ordering. While ranking by relevance, the best match comes first
 * (`searchScore`) and the date ordering decides between equal scores. The same pass counts
 * facets: an option's count is the number of events that pass every other filter and have that
 * option, which is what ticking it would leave.
 *
 * Prepared once per `sorted` for repeated queries: UTC calendar parts are worked out once, each
 * search remembers its matches so typing on only searches those, and the last few results are
 * kept, so going back to a view (clearing the search box, deleting a letter) costs nothing and
 * returns the very same result.
 */
export function createEventQuery(
  sorted: readonly EventSummary[],
  /** The columns of `sorted`, when already built (in steps: `eventColumnSteps`). */
  columns: EventColumns = buildEventColumns(sorted),
): EventQuery {
  const count = sorted.length;
  let lastSearch: SearchMatches | null = null;
  const recent = new Map<string, EventQueryResult>();
  // The view searched from (the filters without a search) outlives a whole typed phrase.
  let unsearched: { key: string; result: EventQueryResult } | null = null;

  const searchColumns = searchColumnsOf(sorted);
  // The ranks of the last search's terms: typing "soyuz d" after "soyuz" scans only for "d".
  let termRanks = new Map<string, TermRanks>();
  function ranksOfTerms(terms: readonly string[]): TermRanks[] {
    const kept = new Map<string, TermRanks>();
    for (const term of terms) kept.set(term, termRanks.get(term) ?? rankTerm(searchColumns, term));
    termRanks = kept;
    return terms.map((term) => kept.get(term) as TermRanks);
  }

  function search(terms: string[]): SearchMatches | null {
    if (terms.length === 0) return null;
    if (lastSearch && lastSearch.terms.join('\u0000') === terms.join('\u0000')) return lastSearch;
    const from = lastSearch && narrows(lastSearch.terms, terms) ? lastSearch.positions : null;
    if (from === null || from.length > count * SCAN_WHEN_CANDIDATES_OVER) {
      lastSearch = { terms, ...matchAll(ranksOfTerms(terms), count, from) };
      return lastSearch;
    }
    const positions = new Int32Array(from.length);
    const scores = new Uint32Array(from.length);
    let found = 0;
    for (const position of from) {
      const event = sorted[position];
      if (!event) continue;
      const score = searchScore(event, terms);
      if (score < 0) continue;
      positions[found] = position;
      scores[found] = score;
      found += 1;
    }
    lastSearch = { terms, positions: positions.slice(0, found), scores: scores.slice(0, found) };
    return lastSearch;
  }

  const query = (filters: EventFilters, view: EventView, now: number): EventQueryResult => {
    const terms = searchTerms(filters.search);
    const key = JSON.stringify([view, now, terms, { ...filters, search: '' }]);
    if (unsearched?.key === key) return unsearched.result;
    const known = recent.get(key);
    if (known) {
      // Most recently used last: the oldest is the one let go.
      recent.delete(key);
      recent.set(key, known);
      return known;
    }
    const result = runQuery(filters, view, now);
    if (terms.length === 0) unsearched = { key, result };
    recent.set(key, result);
    if (recent.size > RECENT_RESULTS) recent.delete(recent.keys().next().value ?? '');
    return result;
  };
  return Object.assign(query, {
    prepareSearch: (signal: AbortSignal) => prepareSearchColumns(searchColumns, signal),
  });

  function runQuery(filters: EventFilters, view: EventView, now: number): EventQueryResult {
    const matches = search(searchTerms(filters.search));
    const { dateMs, years, days, hasWebcast, liveFromMs, liveToMs } = columns;
    const typeCounts = new Int32Array(columns.types.ids.length);
    const agencyCounts = new Int32Array(columns.agencies.ids.length);
    const programCounts = new Int32Array(columns.programs.ids.length);
    const stationCounts = new Int32Array(columns.spacestations.ids.length);
    const yearCounts = new Int32Array(columns.yearOptions.ids.length);
    const monthCounts = new Int32Array(columns.monthOptions.ids.length);
    let webcastCount = 0;
    let liveCount = 0;
    const chosenTypes = chosenCodes(columns.types, filters.typeIds);
    const chosenAgencies = chosenCodes(columns.agencies, filters.agencyIds);
    const chosenPrograms = chosenCodes(columns.programs, filters.programIds);
    const chosenStations = chosenCodes(columns.spacestations, filters.spacestationIds);
    const chosenYears = chosenCodes(columns.yearOptions, filters.years);
    const chosenMonths = chosenCodes(columns.monthOptions, filters.months);
    const daySet = new Set(filters.days);
    const { dateGte, dateGt, dateLte, dateLt } = filters;
    const hasDateBounds =
      dateGte !== null || dateGt !== null || dateLte !== null || dateLt !== null;
    const needsCalendar = chosenYears !== null || chosenMonths !== null || daySet.size > 0;

    // One bucket per search score keeps the date order within it; a chosen date order ranks none.
    const ranked = matches !== null && ranksByRelevance(filters);
    const buckets = new Map<number, EventSummary[]>();
    const candidates = matches ? matches.positions.length : count;
    for (let c = 0; c < candidates; c += 1) {
      const position = matches ? (matches.positions[c] ?? 0) : c;
      const storedDate = dateMs[position] ?? NaN;
      const date = Number.isNaN(storedDate) ? null : storedDate;
      if (!isDateInView(date, view, now)) continue;
      if (hasDateBounds) {
        if (date === null) continue;
        if (dateGte !== null && date < dateGte) continue;
        if (dateGt !== null && date <= dateGt) continue;
        if (dateLte !== null && date > dateLte) continue;
        if (dateLt !== null && date >= dateLt) continue;
      }
      if (needsCalendar && (years[position] ?? -1) < 0) continue;
      if (daySet.size > 0 && !daySet.has(days[position] ?? -1)) continue;

      // Which filters this event fails; with two or more it counts nowhere and can be skipped.
      let failures = 0;
      let failed: Facet | -1 = -1;
      if (chosenTypes && !hasChosen(columns.types, position, chosenTypes)) {
        failures += 1;
        failed = Facet.Type;
      }
      if (chosenAgencies && !hasChosen(columns.agencies, position, chosenAgencies)) {
        failures += 1;
        failed = Facet.Agency;
      }
      if (chosenPrograms && !hasChosen(columns.programs, position, chosenPrograms)) {
        failures += 1;
        failed = Facet.Program;
      }
      if (chosenStations && !hasChosen(columns.spacestations, position, chosenStations)) {
        failures += 1;
        failed = Facet.Station;
      }
      if (chosenYears && !hasChosen(columns.yearOptions, position, chosenYears)) {
        failures += 1;
        failed = Facet.Year;
      }
      if (chosenMonths && !hasChosen(columns.monthOptions, position, chosenMonths)) {
        failures += 1;
        failed = Facet.Month;
      }
      const webcast = hasWebcast[position] === 1;
      if (filters.hasWebcast && !webcast) {
        failures += 1;
        failed = Facet.Webcast;
      }
      if (failures > 1) continue;
      // Outside its outer bound no event is live; only the few inside need the whole rule.
      const live =
        now >= (liveFromMs[position] ?? NaN) &&
        now <= (liveToMs[position] ?? NaN) &&
        isEventLive(sorted[position] as EventSummary, now);
      if (filters.liveNow && !live) {
        failures += 1;
        failed = Facet.Live;
      }
      if (failures > 1) continue;

      const all = failures === 0;
      if (all || failed === Facet.Type) countOptions(columns.types, position, typeCounts);
      if (all || failed === Facet.Agency) countOptions(columns.agencies, position, agencyCounts);
      if (all || failed === Facet.Program) countOptions(columns.programs, position, programCounts);
      if (all || failed === Facet.Station)
        countOptions(columns.spacestations, position, stationCounts);
      if (all || failed === Facet.Year) countOptions(columns.yearOptions, position, yearCounts);
      if (all || failed === Facet.Month) countOptions(columns.monthOptions, position, monthCounts);
      if ((all || failed === Facet.Webcast) && webcast) webcastCount += 1;
      if ((all || failed === Facet.Live) && live) liveCount += 1;

      if (!all) continue;
      const event = sorted[position] as EventSummary;
      const score = ranked ? (matches.scores[c] ?? 0) : 0;
      const bucket = buckets.get(score);
      if (bucket) bucket.push(event);
      else buckets.set(score, [event]);
    }
    // Few distinct scores: sorting them costs nothing next to the pass.
    const scores = [...buckets.keys()].sort((a, b) => a - b);
    const events =
      scores.length === 1
        ? (buckets.get(scores[0] ?? 0) ?? [])
        : scores.flatMap((score) => buckets.get(score) ?? []);
    const facets: FacetCounts = {
      types: countsById(columns.types, typeCounts),
      agencies: countsById(columns.agencies, agencyCounts),
      programs: countsById(columns.programs, programCounts),
      spacestations: countsById(columns.spacestations, stationCounts),
      years: countsById(columns.yearOptions, yearCounts),
      months: countsById(columns.monthOptions, monthCounts),
      hasWebcast: webcastCount,
      liveNow: liveCount,
    };
    return { events, facets };
  }
}
