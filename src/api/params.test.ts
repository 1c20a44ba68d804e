import { describe, expect, it } from 'vitest';
import {
  buildEventsUrl,
  buildEventTypesUrl,
  buildEventUrl,
  buildThrottleUrl,
  type EventsQuery,
} from './params.ts';

const BASE = 'https://ll.thespacedevs.com/2.3.0';

const query = (q: EventsQuery) => new URL(buildEventsUrl(BASE, 'events', q)).search;

describe('buildEventsUrl', () => {
  it('builds the three list endpoints, with or without a trailing slash on the base', () => {
    expect(buildEventsUrl(BASE, 'events')).toBe(`${BASE}/events/`);
    expect(buildEventsUrl(`${BASE}/`, 'upcoming')).toBe(`${BASE}/events/upcoming/`);
    expect(buildEventsUrl(BASE, 'previous', {})).toBe(`${BASE}/events/previous/`);
  });

  it.each<[string, EventsQuery, string]>([
    ['id', { id: [1205, 1189] }, '?id=1205,1189'],
    ['slug', { slug: 'progress-ms-31-docking' }, '?slug=progress-ms-31-docking'],
    ['type', { type: 2 }, '?type=2'],
    ['type__ids', { type__ids: [2, 8] }, '?type__ids=2,8'],
    ['agency__ids', { agency__ids: [63, 44] }, '?agency__ids=63,44'],
    ['program (repeated)', { program: [1, 17] }, '?program=1&program=17'],
    [
      'video_url',
      { video_url: ['https://www.youtube.com/watch?v=gs1ic-neuWc'] },
      '?video_url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3Dgs1ic-neuWc',
    ],
    ['date__gt', { date__gt: '2025-01-01T00:00:00Z' }, '?date__gt=2025-01-01T00%3A00%3A00Z'],
    [
      'date__gte',
      { date__gte: new Date(Date.UTC(2025, 6, 5)) },
      '?date__gte=2025-07-05T00%3A00%3A00Z',
    ],
    [
      'date__lt',
      { date__lt: new Date(Date.UTC(2025, 6, 5, 1, 2, 3, 456)) },
      '?date__lt=2025-07-05T01%3A02%3A03.456Z',
    ],
    ['date__lte', { date__lte: '2026-01-01' }, '?date__lte=2026-01-01'],
    [
      'date__gt__lt',
      { date__gt__lt: '2026-01-01T00:00:00Z' },
      '?date__gt__lt=2026-01-01T00%3A00%3A00Z',
    ],
    [
      'last_updated__gte',
      { last_updated__gte: '2025-07-05T21:35:13Z' },
      '?last_updated__gte=2025-07-05T21%3A35%3A13Z',
    ],
    [
      'last_updated__lte',
      { last_updated__lte: '2025-07-05T21:35:13Z' },
      '?last_updated__lte=2025-07-05T21%3A35%3A13Z',
    ],
    ['year', { year: [2024, 2025] }, '?year=2024,2025'],
    ['month', { month: [1, 12] }, '?month=1,12'],
    ['day', { day: [5] }, '?day=5'],
    ['search', { search: '  Progress docking ' }, '?search=Progress%20docking'],
    ['ordering', { ordering: ['-date', 'last_updated'] }, '?ordering=-date,last_updated'],
    ['limit', { limit: 100 }, '?limit=100'],
    ['offset', { offset: 0 }, '?offset=0'],
    ['mode', { mode: 'detailed' }, '?mode=detailed'],
  ])('writes %s', (_name, q, expected) => {
    expect(query(q)).toBe(expected);
  });

  it('sends hide_recent_previous to /upcoming/ only', () => {
    expect(buildEventsUrl(BASE, 'upcoming', { hide_recent_previous: true })).toBe(
      `${BASE}/events/upcoming/?hide_recent_previous=true`,
    );
    expect(buildEventsUrl(BASE, 'previous', { hide_recent_previous: true })).toBe(
      `${BASE}/events/previous/`,
    );
  });

  it('leaves out empty lists and blank searches', () => {
    expect(query({ id: [], type__ids: [], program: [], search: '   ', ordering: [] })).toBe('');
  });

  it('writes parameters in one fixed order whatever the object order', () => {
    const a = buildEventsUrl(BASE, 'events', {
      limit: 100,
      mode: 'detailed',
      ordering: ['last_updated'],
      last_updated__gte: '2025-01-01T00:00:00Z',
    });
    const b = buildEventsUrl(BASE, 'events', {
      last_updated__gte: '2025-01-01T00:00:00Z',
      ordering: ['last_updated'],
      mode: 'detailed',
      limit: 100,
    });
    expect(a).toBe(b);
    expect(a).toBe(
      `${BASE}/events/?last_updated__gte=2025-01-01T00%3A00%3A00Z&ordering=last_updated&limit=100&mode=detailed`,
    );
  });

  it('gives back what URLSearchParams reads as the intended values', () => {
    const url = new URL(
      buildEventsUrl(BASE, 'events', {
        search: 'Soyuz, MS-26 & co',
        program: [1, 17],
        type__ids: [2, 8],
      }),
    );
    expect(url.searchParams.get('search')).toBe('Soyuz, MS-26 & co');
    expect(url.searchParams.getAll('program')).toEqual(['1', '17']);
    expect(url.searchParams.get('type__ids')).toBe('2,8');
  });

  it.each<[string, EventsQuery]>([
    ['limit 0', { limit: 0 }],
    ['limit 101', { limit: 101 }],
    ['a fractional limit', { limit: 2.5 }],
    ['a negative offset', { offset: -1 }],
    ['a fractional id', { id: [1.5] }],
    ['an invalid date', { date__gte: new Date(Number.NaN) }],
  ])('refuses %s', (_name, q) => {
    expect(() => buildEventsUrl(BASE, 'events', q)).toThrow(RangeError);
  });
});

describe('single-resource URLs', () => {
  it('builds /events/{id}/ with an optional mode', () => {
    expect(buildEventUrl(BASE, 1205)).toBe(`${BASE}/events/1205/`);
    expect(buildEventUrl(`${BASE}/`, 1205, 'detailed')).toBe(`${BASE}/events/1205/?mode=detailed`);
    expect(() => buildEventUrl(BASE, Number.NaN)).toThrow(RangeError);
  });

  it('builds the config and throttle URLs', () => {
    expect(buildEventTypesUrl(BASE)).toBe(`${BASE}/config/event_types/?limit=100`);
    expect(buildThrottleUrl(`${BASE}/`)).toBe(`${BASE}/api-throttle/`);
  });
});
