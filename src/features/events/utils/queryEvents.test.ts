import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type EventFilters } from './eventFilters.ts';
import { utcCalendar } from '../../../lib/utcCalendar.ts';
import { isEventLive } from '../../../domain/live.ts';
import {
  createEventQuery,
  dateOrdering,
  isDateInView,
  previewRange,
  sortEvents,
  UPCOMING_GRACE_MS,
} from './queryEvents.ts';
import { SearchRank, searchScore, searchTerms, termRank } from './searchEvents.ts';
import { makeEventSummary } from '../../../db/testing/eventFactories.ts';
import {
  makeAgency,
  makeProgram,
  makeSpaceStation,
  makeBareWebcast,
} from '../../../api/testing/eventFactory.ts';

const NOW = Date.UTC(2026, 6, 10, 12);
const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

const docking = makeEventSummary({
  id: 1,
  name: 'Soyuz MS-29 docking',
  type: { id: 2, name: 'Docking' },
  date: iso(NOW + 5 * HOUR),
  agencies: [makeAgency({ id: 63, name: 'Roscosmos' })],
  spacestations: [makeSpaceStation({ id: 4, name: 'International Space Station' })],
  program: [makeProgram({ id: 17, name: 'ISS' })],
  last_updated: iso(NOW - 10 * HOUR),
});
const spacewalk = makeEventSummary({
  id: 2,
  name: 'US EVA 93',
  type: { id: 3, name: 'EVA' },
  date: iso(NOW + 48 * HOUR),
  location: 'Soyuz hatch, ISS',
  agencies: [makeAgency({ id: 44, name: 'NASA' })],
  spacestations: [makeSpaceStation({ id: 4, name: 'International Space Station' })],
  program: [makeProgram({ id: 17, name: 'ISS' })],
  vid_urls: [makeBareWebcast()],
  last_updated: iso(NOW - 1 * HOUR),
});
const landing = makeEventSummary({
  id: 3,
  name: 'Starship Flight 12 landing',
  type: { id: 9, name: 'Spacecraft Landing' },
  date: iso(NOW - 2 * HOUR),
  description: 'Soyuz is not involved.',
  agencies: [makeAgency({ id: 121, name: 'SpaceX' })],
  webcast_live: true,
  vid_urls: [makeBareWebcast({ live: true })],
  last_updated: iso(NOW - 30 * HOUR),
});
const oldFire = makeEventSummary({
  id: 4,
  name: 'Static fire',
  type: { id: 5, name: 'Static Fire' },
  date: '2020-08-24T00:44:30Z',
  agencies: [makeAgency({ id: 121, name: 'SpaceX' })],
  last_updated: iso(NOW - 100 * HOUR),
});
const undated = makeEventSummary({ id: 5, name: 'Someday docking', date: null });
const all = [docking, spacewalk, landing, oldFire, undated];

const run = (filters: Partial<EventFilters>, view: 'upcoming' | 'previous' | 'all' = 'all') =>
  createEventQuery(sortEvents(all, 'date'))({ ...NO_FILTERS, ...filters }, view, NOW);
const ids = (filters: Partial<EventFilters>, view?: 'upcoming' | 'previous' | 'all') =>
  run(filters, view).events.map((event) => event.id);

describe('views', () => {
  it('upcoming keeps the last 24 h, soonest first; previous has everything past; all has everything', () => {
    expect(
      createEventQuery(sortEvents(all, 'date'))(NO_FILTERS, 'upcoming', NOW).events.map(
        (e) => e.id,
      ),
    ).toEqual([3, 1, 2]);
    expect(
      createEventQuery(sortEvents(all, '-date'))(NO_FILTERS, 'previous', NOW).events.map(
        (e) => e.id,
      ),
    ).toEqual([3, 4]);
    expect(ids({})).toEqual([4, 3, 1, 2, 5]);
  });
});

describe('sortEvents', () => {
  it('orders by date or last update both ways, undated last', () => {
    expect(sortEvents(all, '-date').map((e) => e.id)).toEqual([2, 1, 3, 4, 5]);
    expect(sortEvents(all, 'last_updated').map((e) => e.id)).toEqual([5, 4, 3, 1, 2]);
    expect(sortEvents(all, '-last_updated').map((e) => e.id)).toEqual([2, 1, 3, 4, 5]);
  });
});

describe('filters', () => {
  it('ORs within a filter and ANDs across filters', () => {
    expect(ids({ typeIds: [2, 3] })).toEqual([1, 2, 5]);
    expect(ids({ typeIds: [2, 3], agencyIds: [44] })).toEqual([2]);
    expect(ids({ agencyIds: [121] })).toEqual([4, 3]);
    expect(ids({ programIds: [17] })).toEqual([1, 2]);
    expect(ids({ spacestationIds: [4], typeIds: [3] })).toEqual([2]);
  });

  it('narrows by date range, year and month on the UTC calendar', () => {
    expect(ids({ dateGte: NOW })).toEqual([1, 2]);
    expect(ids({ dateLt: NOW })).toEqual([4, 3]);
    expect(ids({ dateGt: NOW + 5 * HOUR, dateLte: NOW + 48 * HOUR })).toEqual([2]);
    expect(ids({ years: [2020] })).toEqual([4]);
    expect(ids({ months: [7], years: [2026] })).toEqual([3, 1, 2]);
    expect(ids({ days: [24] })).toEqual([4]);
  });

  it('filters on webcasts and live now', () => {
    expect(ids({ hasWebcast: true })).toEqual([3, 2]);
    expect(ids({ liveNow: true })).toEqual([3]);
  });
});

describe('search', () => {
  it('requires every term, in any field', () => {
    expect(ids({ search: 'soyuz docking' })).toEqual([1]);
    expect(ids({ search: 'spacex, static' })).toEqual([4]);
    expect(ids({ search: 'nothing-like-this' })).toEqual([]);
  });

  it('ranks name matches first, then location, type, agencies, program, description', () => {
    expect(ids({ search: 'soyuz' })).toEqual([1, 2, 3]);
    expect(ids({ search: 'SOYUZ' })).toEqual([1, 2, 3]);
  });

  it('finds each term at its best place', () => {
    const rank = (event: typeof docking, term: string) => termRank(event.search, term);
    expect(rank(docking, 'soyuz')).toBe(SearchRank.NameWord);
    expect(rank(docking, 'soy')).toBe(SearchRank.NameWordStart);
    expect(rank(docking, 'oyuz')).toBe(SearchRank.NameInsideWord);
    expect(rank(spacewalk, 'soyuz')).toBe(SearchRank.Location);
    expect(rank(docking, 'roscosmos')).toBe(SearchRank.Agencies);
    expect(rank(docking, 'iss')).toBe(SearchRank.Programs);
    expect(rank(landing, 'soyuz')).toBe(SearchRank.Description);
    expect(rank(docking, 'mars')).toBe(-1);
    expect(searchScore(docking, ['soyuz', 'docking'])).toBe(0);
    expect(searchScore(docking, ['soyuz', 'mars'])).toBe(-1);
  });

  it('takes the best occurrence of a term in the name', () => {
    const named = (name: string) => makeEventSummary({ id: 9, name }).search;
    // Inside "Undocking" first, then at the start of "docking": the word start counts.
    expect(termRank(named('Undocking and docking'), 'dock')).toBe(SearchRank.NameWordStart);
    expect(termRank(named('Crew-9 Dragon'), 'crew-9')).toBe(SearchRank.NameWord);
    expect(termRank(named('Crew-9X'), 'crew-9')).toBe(SearchRank.NameWordStart);
  });

  it('splits terms on spaces and commas', () => {
    expect(searchTerms('  Crew,Dragon   docking ')).toEqual(['crew', 'dragon', 'docking']);
  });
});

describe('relevance', () => {
  // Names as Launch Library 2 writes them.
  const named = (id: number, name: string, date: string, description = '') =>
    makeEventSummary({ id, name, date, description, type: { id: 99, name: 'Other' } });
  const real = [
    named(11, 'Progress MS-79 Undocking', '2026-01-10T00:00:00Z'),
    named(12, 'SpaceX CRS-75 Docking', '2026-03-01T00:00:00Z'),
    named(13, 'Soyuz MS-27 Docking', '2026-04-01T00:00:00Z'),
    named(14, 'Crew-10 Dragon Undocking', '2026-02-01T00:00:00Z', 'Crew-9 handed over before.'),
    named(15, 'SpaceX Crew-9 Dragon Docking', '2026-05-01T00:00:00Z'),
    named(16, 'Crew-9 Dragon Undocking', '2026-06-01T00:00:00Z'),
    named(17, 'Russian EVA 63', '2026-07-01T00:00:00Z'),
    named(18, 'Boeing Starliner Crew Flight Test', '2026-01-01T00:00:00Z', 'no extra vehicular'),
    named(19, 'US Spacewalk 91', '2026-08-01T00:00:00Z', 'A six-hour EVA to replace a battery.'),
    named(20, 'Soyuz MS-26 Undocking', '2025-12-01T00:00:00Z'),
  ];
  const search = (text: string, ordering: EventFilters['ordering'] = null) =>
    createEventQuery(sortEvents(real, dateOrdering({ ...NO_FILTERS, ordering }, 'all')))(
      { ...NO_FILTERS, search: text, ordering },
      'all',
      NOW,
    ).events.map((event) => event.id);

  it('puts a whole word or a word start in the name before a match inside a word', () => {
    // Both docking names (latest first), then the undockings (latest first).
    expect(search('dock')).toEqual([15, 13, 12, 16, 14, 11, 20]);
  });

  it('ranks the name above the description, and all terms must match', () => {
    expect(search('soyuz')).toEqual([13, 20]);
    expect(search('crew-9')).toEqual([16, 15, 14]);
    expect(search('eva')).toEqual([17, 19]);
    expect(search('crew-9 undocking')).toEqual([16, 14]);
  });

  it('is the default while searching; a chosen date order turns it off', () => {
    expect(search('dock', 'relevance')).toEqual(search('dock'));
    expect(search('dock', '-date')).toEqual([16, 15, 13, 12, 14, 11, 20]);
    expect(search('dock', 'date')).toEqual([20, 11, 14, 12, 13, 15, 16]);
  });

  it('breaks ties by the date order kept after it', () => {
    // Equal matches go earliest first; a better match still comes before a worse one.
    expect(search('dock', 'relevance,date')).toEqual([12, 13, 15, 20, 11, 14, 16]);
    expect(search('dock', 'relevance,-date')).toEqual(search('dock'));
  });

  it('puts more terms found in the name first', () => {
    // Both terms inside words of the name beat one word in the name and one in the description.
    const inName = named(31, 'Undocking of Crewdragon', '2026-01-01T00:00:00Z');
    const halfInName = named(32, 'Dock', '2026-02-01T00:00:00Z', 'The crew returns.');
    const query = createEventQuery(sortEvents([inName, halfInName], '-date'));
    const ids = query({ ...NO_FILTERS, search: 'dock crew' }, 'all', NOW).events.map((e) => e.id);
    expect(ids).toEqual([31, 32]);
  });
});

describe('facet counts', () => {
  it('counts what each option would leave, ignoring the facet’s own choice', () => {
    const { facets } = run({ typeIds: [2], agencyIds: [121] });
    // Types: events that pass the agency filter (SpaceX) grouped by type.
    expect(Object.fromEntries(facets.types)).toEqual({ 9: 1, 5: 1 });
    // Agencies: events that pass the type filter (Docking) grouped by agency.
    expect(Object.fromEntries(facets.agencies)).toEqual({ 63: 1 });
  });

  it('counts everything when nothing is chosen, within the search', () => {
    const { facets } = run({ search: 'soyuz' });
    expect(Object.fromEntries(facets.types)).toEqual({ 2: 1, 3: 1, 9: 1 });
    expect(facets.hasWebcast).toBe(2);
    expect(facets.liveNow).toBe(1);
    expect(Object.fromEntries(facets.years)).toEqual({ 2026: 3 });
  });
  it('gives each option the count the list holds with only that option chosen', () => {
    const cases: Partial<EventFilters>[] = [
      {},
      { search: 'soyuz' },
      { typeIds: [2, 9] },
      { agencyIds: [121], hasWebcast: true },
      { years: [2026], spacestationIds: [4] },
      { months: [7], liveNow: true },
    ];
    for (const filters of cases) {
      const { facets } = run(filters);
      const pairs: [Map<number, number>, keyof EventFilters][] = [
        [facets.types, 'typeIds'],
        [facets.agencies, 'agencyIds'],
        [facets.programs, 'programIds'],
        [facets.spacestations, 'spacestationIds'],
        [facets.years, 'years'],
        [facets.months, 'months'],
      ];
      for (const [counts, key] of pairs) {
        for (const option of [2, 3, 4, 5, 7, 9, 17, 44, 63, 121, 2020, 2026]) {
          const chosen = run({ ...filters, [key]: [option] }).events.length;
          expect(
            counts.get(option) ?? 0,
            `${key} ${String(option)} in ${JSON.stringify(filters)}`,
          ).toBe(chosen);
        }
      }
    }
  });
});

describe('isEventLive', () => {
  it('is live when flagged near its date or inside a webcast window', () => {
    const inWindow = makeEventSummary({
      date: iso(NOW - HOUR),
      vid_urls: [makeBareWebcast({ start_time: iso(NOW - HOUR), end_time: iso(NOW + HOUR) })],
    });
    const afterWindow = makeEventSummary({
      date: iso(NOW - HOUR),
      vid_urls: [makeBareWebcast({ start_time: iso(NOW - 2 * HOUR), end_time: iso(NOW - HOUR) })],
    });
    expect(isEventLive(landing, NOW)).toBe(true);
    expect(isEventLive(inWindow, NOW)).toBe(true);
    expect(isEventLive(afterWindow, NOW)).toBe(false);
    expect(isEventLive(docking, NOW)).toBe(false);
  });
});

describe('createEventQuery', () => {
  it('gives the same answers as a fresh query while typing on, backspacing and changing terms', () => {
    const query = createEventQuery(sortEvents(all, 'date'));
    for (const search of [
      's',
      'so',
      'soy',
      'soyuz',
      'soyuz d',
      'soyuz do',
      'soyuz',
      'sp',
      'x',
      '',
      'dock',
    ]) {
      const filters = { ...NO_FILTERS, search };
      expect(query(filters, 'all', NOW)).toEqual(
        createEventQuery(sortEvents(all, 'date'))(filters, 'all', NOW),
      );
    }
  });
});

describe('utcCalendar', () => {
  it('agrees with Date on UTC parts across centuries and leap days', () => {
    for (const ms of [
      0,
      -1,
      Date.UTC(1969, 11, 31, 23),
      Date.UTC(2000, 1, 29),
      Date.UTC(2024, 11, 31, 23, 59),
      Date.UTC(2100, 2, 1),
      Date.UTC(1957, 9, 4),
    ]) {
      const date = new Date(ms);
      expect(utcCalendar(ms)).toEqual({
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
      });
    }
  });
});

describe('createEventQuery: results asked for again', () => {
  it('returns the same result for filters asked again, and the view searched from after a phrase', () => {
    const query = createEventQuery(sortEvents(all, '-date'));
    const unsearched = query({ ...NO_FILTERS }, 'all', NOW);
    // A whole phrase typed letter by letter: more results than the few kept.
    const typed = ['d', 'do', 'doc', 'dock', 'docki', 'dockin', 'docking'].map((search) =>
      query({ ...NO_FILTERS, search }, 'all', NOW),
    );
    expect(typed.at(-1)?.events.map((event) => event.id)).toEqual([1, 5]);
    // Clearing the box: the very same result, so nothing downstream re-renders.
    expect(query({ ...NO_FILTERS, search: '' }, 'all', NOW)).toBe(unsearched);
    // A deleted letter: the result of a moment ago; spacing and case do not matter.
    expect(query({ ...NO_FILTERS, search: ' DOCKIN ' }, 'all', NOW)).toBe(typed[5]);
    // Anything else that changes the list is worked out anew, and agrees with a fresh query.
    const fresh = createEventQuery(sortEvents(all, '-date'));
    const others: [EventFilters, 'all' | 'upcoming', number][] = [
      [{ ...NO_FILTERS, search: 'docking', typeIds: [2] }, 'all', NOW],
      [{ ...NO_FILTERS }, 'upcoming', NOW],
      [{ ...NO_FILTERS }, 'all', NOW + 86_400_000],
    ];
    for (const [filters, view, now] of others) {
      const again = query(filters, view, now);
      expect(again).not.toBe(unsearched);
      expect(again).toEqual(fresh(filters, view, now));
    }
  });
});

describe('previewRange', () => {
  const now = Date.UTC(2025, 0, 2, 12, 0, 10);
  const minute = Date.UTC(2025, 0, 2, 12, 0, 0);

  it('bounds the clock-bound views to the minute, widened, so a moment later reads the same head', () => {
    expect(previewRange(NO_FILTERS, 'upcoming', now)).toEqual({
      fromMs: minute - UPCOMING_GRACE_MS,
      toMs: null,
      descending: false,
      withUndated: false,
    });
    expect(previewRange(NO_FILTERS, 'previous', now)).toEqual({
      fromMs: null,
      toMs: minute + 59_999,
      descending: true,
      withUndated: false,
    });
    expect(previewRange(NO_FILTERS, 'upcoming', now + 49_000)).toEqual(
      previewRange(NO_FILTERS, 'upcoming', now),
    );
    expect(previewRange(NO_FILTERS, 'upcoming', now + 50_000)).not.toEqual(
      previewRange(NO_FILTERS, 'upcoming', now),
    );
  });

  it('holds every event the view lists (the head may hold one of the minute more, never fewer)', () => {
    for (const view of ['upcoming', 'previous'] as const) {
      const range = previewRange(NO_FILTERS, view, now);
      for (
        let dateMs = now - UPCOMING_GRACE_MS - 120_000;
        dateMs < now + 120_000;
        dateMs += 7_000
      ) {
        const inRange =
          (range?.fromMs ?? -Infinity) <= dateMs && dateMs <= (range?.toMs ?? Infinity);
        if (isDateInView(dateMs, view, now)) expect(inRange).toBe(true);
      }
    }
  });

  it('needs the whole set for a search, a filter or an order by update', () => {
    expect(previewRange({ ...NO_FILTERS, search: 'dock' }, 'all', now)).toBeNull();
    expect(previewRange({ ...NO_FILTERS, typeIds: [2] }, 'upcoming', now)).toBeNull();
    expect(previewRange({ ...NO_FILTERS, ordering: '-last_updated' }, 'all', now)).toBeNull();
  });
});
