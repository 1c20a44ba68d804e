import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_FILTER_PARAMS, queryFromPairs } from '../testing/hostileQuery.ts';
import { EVENT_ORDERINGS } from '../../../api/params.ts';
import {
  eventFiltersQueryString,
  isRelevance,
  parseEventFilters,
  relevanceOrdering,
  relevanceTieBreak,
  serializeEventFilters,
  type EventFilters,
} from './eventFilters.ts';

const ORDERINGS: readonly string[] = EVENT_ORDERINGS;

// Property-based checks of the list URL (the URL is the view, so anyone can hand the app any query
// string): whatever arrives, the parser answers a usable filter state and never throws.

const FUZZ_RUNS = 400;
// Fixed, so a failure names a counterexample that reproduces; fast-check prints it on failure.
const SEED = 20_261_126;
const runs = { numRuns: FUZZ_RUNS, seed: SEED };

/** Values that look almost right, the kind hand-edited or truncated links carry. */
const nearMissValue = fc.constantFrom(
  '',
  ' ',
  ',',
  ',,,',
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x10',
  'NaN',
  'Infinity',
  '-0',
  '007',
  '9007199254740991',
  '9007199254740993',
  '1'.repeat(400),
  'true',
  'TRUE',
  'yes',
  'no',
  'maybe',
  '2026-07-01',
  '2026-02-31',
  '2026-13-01',
  '2026-07-01T25:00',
  '2026-07-01T12:00:00.123456+02:00',
  '9999-12-31T23:59:59Z',
  '0000-01-01',
  'date',
  '-date',
  'last_updated,-date',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '\u0000',
  '\uD800',
  '💥🚀',
  'é',
  '%',
  '%ZZ',
  '&',
  '=',
  '+',
);

/** A numeric-looking value: huge, negative, fractional, exponent or a comma list of those. */
const numberishValue = fc.oneof(
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.array(fc.integer({ min: -5, max: 3000 }), { maxLength: 6 }).map((ns) => ns.join(',')),
);

const anyValue = fc.oneof(
  { weight: 3, arbitrary: nearMissValue },
  { weight: 2, arbitrary: numberishValue },
  { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ minLength: 1000, maxLength: 3000 }) },
);

const anyKey = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...EVENT_FILTER_PARAMS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Query strings as a list of pairs: known keys (often repeated), unknown keys, empty values. */
const queryPairs = fc.array(fc.tuple(anyKey, anyValue), { maxLength: 14 });

/** Raw text after `?`, including broken percent-escapes and stray separators. */
const rawQuery = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc
    .array(fc.oneof(fc.constantFrom('&', '=', '%', '%2', '%E2%82', '+', '?', '#'), fc.string()), {
      maxLength: 30,
    })
    .map((parts) => parts.join('')),
);

const isSafeIdList = (ids: number[]) =>
  ids.every((n) => Number.isSafeInteger(n)) && new Set(ids).size === ids.length;

/** What "a valid filter state" means: the shape NO_FILTERS has, with values the app can use. */
function expectValidFilterState(filters: EventFilters) {
  expect(Object.keys(filters).sort()).toEqual(
    [
      'search',
      'typeIds',
      'agencyIds',
      'programIds',
      'spacestationIds',
      'dateGte',
      'dateGt',
      'dateLte',
      'dateLt',
      'years',
      'months',
      'days',
      'hasWebcast',
      'liveNow',
      'ordering',
    ].sort(),
  );
  expect(typeof filters.search).toBe('string');
  expect(filters.search).toBe(filters.search.trim());
  for (const ids of [
    filters.typeIds,
    filters.agencyIds,
    filters.programIds,
    filters.spacestationIds,
  ]) {
    // Infinity only through the known defect below (an id of hundreds of digits); never NaN or ≤ 0.
    expect(ids.every((n) => n > 0 && (Number.isInteger(n) || n === Infinity))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  }
  expect(filters.years.every((n) => Number.isInteger(n) && n >= 1900 && n <= 2200)).toBe(true);
  expect(filters.months.every((n) => Number.isInteger(n) && n >= 1 && n <= 12)).toBe(true);
  expect(filters.days.every((n) => Number.isInteger(n) && n >= 1 && n <= 31)).toBe(true);
  for (const ms of [filters.dateGte, filters.dateGt, filters.dateLte, filters.dateLt]) {
    if (ms !== null)
      expect(Number.isFinite(ms) && !Number.isNaN(new Date(ms).getTime())).toBe(true);
  }
  expect(typeof filters.hasWebcast).toBe('boolean');
  expect(typeof filters.liveNow).toBe('boolean');
  const ordering = filters.ordering;
  expect(
    ordering === null ||
      ORDERINGS.includes(ordering) ||
      (isRelevance(ordering) && relevanceOrdering(relevanceTieBreak(ordering)) === ordering),
  ).toBe(true);
}

/**
 * The values the app can represent and write back faithfully: ids that are safe integers and dates
 * within the four-digit years an ISO date can spell. The parser promises to return nothing else.
 */
function isRepresentable(filters: EventFilters): boolean {
  const lists = [filters.typeIds, filters.agencyIds, filters.programIds, filters.spacestationIds];
  const dates = [filters.dateGte, filters.dateGt, filters.dateLte, filters.dateLt];
  return (
    lists.every(isSafeIdList) &&
    dates.every((ms) => ms === null || (ms >= YEAR_0000 && ms <= END_OF_9999))
  );
}
const YEAR_0000 = Date.parse('0000-01-01T00:00:00Z');
const END_OF_9999 = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const sortedIds = (ns: number[]) => [...ns].sort((a, b) => a - b);
const normalised = (filters: EventFilters): EventFilters => ({
  ...filters,
  typeIds: sortedIds(filters.typeIds),
  agencyIds: sortedIds(filters.agencyIds),
  programIds: sortedIds(filters.programIds),
  spacestationIds: sortedIds(filters.spacestationIds),
  years: sortedIds(filters.years),
  months: sortedIds(filters.months),
  days: sortedIds(filters.days),
});

describe('parseEventFilters, fuzzed', () => {
  it('never throws and always answers a valid filter state, for any pairs of keys and values', () => {
    fc.assert(
      fc.property(queryPairs, (pairs) => {
        const { filters, problems } = parseEventFilters(queryFromPairs(pairs));
        expectValidFilterState(filters);
        expect(problems.every((problem) => typeof problem === 'string')).toBe(true);
      }),
      runs,
    );
  });

  it('never throws on raw query text, broken percent-escapes included', () => {
    fc.assert(
      fc.property(rawQuery, (query) => {
        expectValidFilterState(parseEventFilters(new URLSearchParams(query)).filters);
      }),
      runs,
    );
  });

  it('reports every value it drops, naming the parameter', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EVENT_FILTER_PARAMS), nearMissValue, (key, value) => {
        const { filters, problems } = parseEventFilters(queryFromPairs([[key, value]]));
        const changed =
          JSON.stringify(filters) !== JSON.stringify(parseEventFilters(queryFromPairs([])).filters);
        // Either the value changed the view, or it was empty/false-like, or a problem names it.
        const silent = problems.length === 0 && !changed;
        if (silent) {
          const mayBeSilent =
            ['search', 'has_webcast', 'webcast_live', 'ordering'].includes(key) ||
            /^[,\s]*$/.test(value);
          expect(mayBeSilent).toBe(true);
        }
        for (const problem of problems) expect(problem).toContain(key);
      }),
      runs,
    );
  });

  it('round-trips: parse → serialise → parse gives the same filters, and the query string is then stable', () => {
    fc.assert(
      fc.property(queryPairs, (pairs) => {
        const first = parseEventFilters(queryFromPairs(pairs)).filters;
        expect(isRepresentable(first)).toBe(true);
        const query = eventFiltersQueryString(first);
        const second = parseEventFilters(new URLSearchParams(query));
        expect(second.problems).toEqual([]);
        // Lists are sets: the URL writes them sorted, the first parse keeps the link's order.
        expect(normalised(second.filters)).toEqual(normalised(first));
        expect(eventFiltersQueryString(second.filters)).toBe(query);
        expect(serializeEventFilters(second.filters).toString()).toBe(
          serializeEventFilters(first).toString(),
        );
      }),
      runs,
    );
  });

  it('round-trips any filter state the app itself can produce', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), {
      maxLength: 5,
    });
    const date = fc.option(fc.integer({ min: YEAR_0000, max: END_OF_9999 }), { nil: null });
    const state = fc.record({
      search: fc.string({ maxLength: 60, unit: 'grapheme' }).map((s) => s.trim()),
      typeIds: ids,
      agencyIds: ids,
      programIds: ids,
      spacestationIds: ids,
      dateGte: date,
      dateGt: date,
      dateLte: date,
      dateLt: date,
      years: fc.uniqueArray(fc.integer({ min: 1900, max: 2200 }), { maxLength: 3 }),
      months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
      days: fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { maxLength: 3 }),
      hasWebcast: fc.boolean(),
      liveNow: fc.boolean(),
      ordering: fc.option(
        fc.constantFrom(
          ...EVENT_ORDERINGS,
          'relevance' as const,
          ...EVENT_ORDERINGS.map((key) => relevanceOrdering(key)),
        ),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(state, (filters) => {
        const parsed = parseEventFilters(new URLSearchParams(eventFiltersQueryString(filters)));
        expect(parsed.problems).toEqual([]);
        expect(normalised(parsed.filters)).toEqual(normalised(filters));
      }),
      runs,
    );
  });
});

// Counterexamples the properties above once found, kept as regression tests.
describe('parseEventFilters, counterexamples found by fuzzing', () => {
  const roundTrip = (query: string) => {
    const first = parseEventFilters(new URLSearchParams(query));
    const second = parseEventFilters(new URLSearchParams(eventFiltersQueryString(first.filters)));
    return { first, second };
  };

  it('ids beyond Number.MAX_SAFE_INTEGER are refused, not kept as 1e+23 or Infinity', () => {
    for (const query of ['type__ids=99999999999999999999999', `agency__ids=${'1'.repeat(400)}`]) {
      const { first, second } = roundTrip(query);
      expect(first.filters.typeIds.concat(first.filters.agencyIds)).toEqual([]);
      expect(first.problems).toHaveLength(1);
      expect(second.filters).toEqual(first.filters);
    }
  });

  it('a date whose UTC instant leaves years 0000–9999 is refused, not written back unreadable', () => {
    for (const query of ['date__gte=9999-12-31T23:59-23:59', 'date__lt=0000-01-01T00:00%2B01:00']) {
      const { first, second } = roundTrip(query);
      expect(second.problems).toEqual([]);
      expect(second.filters).toEqual(first.filters);
    }
  });
});
