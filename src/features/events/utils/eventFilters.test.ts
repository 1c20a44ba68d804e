import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  countActiveFilters,
  eventFiltersQueryString,
  parseDateParam,
  parseEventFilters,
  serializeEventFilters,
  withSearch,
} from './eventFilters.ts';

const parse = (query: string) => parseEventFilters(new URLSearchParams(query));

describe('parseEventFilters', () => {
  it('reads every filter under the API parameter names', () => {
    const { filters, problems } = parse(
      'search=crew+dragon&type__ids=2,3&agency__ids=44&program=17&program=1,25&spacestation__ids=4' +
        '&date__gte=2026-07-01&date__lte=2026-07-31T23:59:59Z&year=2026&month=7,8&day=12' +
        '&has_webcast=true&webcast_live=1&ordering=-last_updated',
    );
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      search: 'crew dragon',
      typeIds: [2, 3],
      agencyIds: [44],
      programIds: [17, 1, 25],
      spacestationIds: [4],
      dateGte: Date.UTC(2026, 6, 1),
      dateGt: null,
      dateLte: Date.UTC(2026, 6, 31, 23, 59, 59),
      dateLt: null,
      years: [2026],
      months: [7, 8],
      days: [12],
      hasWebcast: true,
      liveNow: true,
      ordering: '-last_updated',
    });
  });

  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual({ filters: NO_FILTERS, problems: [] });
  });

  it('accepts the API alias type= and its misnamed date__gt__lt', () => {
    const { filters } = parse('type=5&date__gt__lt=2026-01-01');
    expect(filters.typeIds).toEqual([5]);
    expect(filters.dateLt).toBe(Date.UTC(2026, 0, 1));
  });

  it('ignores nonsense values, keeps the sensible ones and says what it ignored', () => {
    const { filters, problems } = parse(
      'type__ids=2,abc,-1,,3.5,4&month=13,6&year=99999&date__gte=yesterday&ordering=name' +
        '&has_webcast=maybe&unknown=1&limit=5',
    );
    expect(filters.typeIds).toEqual([2, 4]);
    expect(filters.months).toEqual([6]);
    expect(filters.years).toEqual([]);
    expect(filters.dateGte).toBeNull();
    expect(filters.ordering).toBeNull();
    expect(filters.hasWebcast).toBe(false);
    expect(problems).toEqual([
      'Ignored type__ids=abc: not a valid value.',
      'Ignored type__ids=-1: not a valid value.',
      'Ignored type__ids=3.5: not a valid value.',
      'Ignored year=99999: not a valid value.',
      'Ignored month=13: not a valid value.',
      'Ignored date__gte=yesterday: not a date.',
      'Ignored has_webcast=maybe: use true or false.',
      'Ignored ordering=name: use date, -date, last_updated, -last_updated or relevance.',
    ]);
  });

  it('uses the first key of a comma-list ordering', () => {
    expect(parse('ordering=-date,last_updated').filters.ordering).toBe('-date');
  });

  it('reads relevance with the date order that breaks its ties, and writes it back', () => {
    expect(parse('ordering=relevance').filters.ordering).toBe('relevance');
    const tied = parse('search=dock&ordering=relevance,-last_updated');
    expect(tied.filters.ordering).toBe('relevance,-last_updated');
    expect(tied.problems).toEqual([]);
    expect(eventFiltersQueryString(tied.filters)).toBe(
      'search=dock&ordering=relevance,-last_updated',
    );
    const odd = parse('ordering=relevance,name');
    expect(odd.filters.ordering).toBe('relevance');
    expect(odd.problems).toEqual([
      'Ignored name in ordering=relevance,name: relevance is followed by a date order.',
    ]);
  });
});

describe('withSearch', () => {
  const dated = { ...NO_FILTERS, ordering: '-last_updated' as const };

  it('starts a search at relevance, keeping a chosen date order to break ties', () => {
    expect(withSearch(dated, 'dock').ordering).toBe('relevance,-last_updated');
    expect(withSearch(NO_FILTERS, 'dock').ordering).toBeNull();
  });

  it('keeps a date order picked during the search while it is refined', () => {
    const picked = { ...dated, search: 'dock' };
    expect(withSearch(picked, 'docking').ordering).toBe('-last_updated');
  });

  it('returns to the date order when the search is cleared', () => {
    const ranked = withSearch(dated, 'dock');
    expect(withSearch(ranked, '').ordering).toBe('-last_updated');
    expect(withSearch({ ...NO_FILTERS, search: 'dock', ordering: 'relevance' }, ' ').ordering).toBe(
      null,
    );
  });

  it('returns the same object when nothing changes', () => {
    const ranked = withSearch(dated, 'dock');
    expect(withSearch(ranked, 'dock')).toBe(ranked);
  });
});

describe('parseDateParam', () => {
  it.each([
    ['2026-07-01', Date.UTC(2026, 6, 1)],
    ['2026-07-01T10:00', Date.UTC(2026, 6, 1, 10)],
    ['2026-07-01T10:00:00Z', Date.UTC(2026, 6, 1, 10)],
    ['2026-07-01T12:00:00+02:00', Date.UTC(2026, 6, 1, 10)],
  ])('reads %s', (raw, ms) => {
    expect(parseDateParam(raw)).toBe(ms);
  });

  it.each(['2026-13-45', '07/01/2026', 'now', ''])('rejects %s', (raw) => {
    expect(parseDateParam(raw)).toBeNull();
  });
});

describe('serializeEventFilters', () => {
  it('round-trips through the query string', () => {
    const query =
      'search=soyuz&type__ids=2,3&agency__ids=63&program=17&spacestation__ids=4' +
      '&date__gte=2026-07-01&date__lt=2026-08-01T12:00:00Z&year=2026&month=7' +
      '&has_webcast=true&webcast_live=true&ordering=date';
    const { filters } = parse(query);
    expect(eventFiltersQueryString(filters)).toBe(query);
    expect(parseEventFilters(serializeEventFilters(filters)).filters).toEqual(filters);
  });

  it('leaves out defaults and sorts id lists', () => {
    expect(serializeEventFilters(NO_FILTERS).toString()).toBe('');
    expect(eventFiltersQueryString({ ...NO_FILTERS, typeIds: [9, 2] })).toBe('type__ids=2,9');
    expect(eventFiltersQueryString({ ...NO_FILTERS, search: 'a&b c' })).toBe('search=a%26b+c');
  });
});

describe('countActiveFilters', () => {
  it('counts narrowing choices, not search or ordering', () => {
    expect(countActiveFilters({ ...NO_FILTERS, search: 'x', ordering: 'date' })).toBe(0);
    expect(countActiveFilters({ ...NO_FILTERS, typeIds: [1, 2], dateGte: 0, liveNow: true })).toBe(
      4,
    );
  });
});
