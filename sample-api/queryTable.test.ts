import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCIES as A, PROGRAMS as P } from './organisations.ts';
import { startSampleServer, type RunningSampleServer } from './server.ts';
import { makeStoredEvent, makeWebcast } from './testEvents.ts';
import { eventType } from './catalog.ts';

const NOW = Date.parse('2026-01-15T12:00:00Z');
const WEBCAST_A = 'https://www.youtube.com/watch?v=AAAAAAAAAAA';
const WEBCAST_B = 'https://youtu.be/BBBBBBBBBBB?t=30';

/** A small data set whose answers are worked out by hand in the table below. */
const EVENTS = [
  makeStoredEvent({
    id: 1,
    name: 'Progress MS-40 Docking',
    type: eventType(2),
    date: '2026-01-15T12:00:00Z',
    last_updated: '2026-01-10T00:00:00Z',
    agencies: [A.roscosmos],
    program: [P.iss],
  }),
  makeStoredEvent({
    id: 2,
    name: 'US Spacewalk 101',
    type: eventType(3),
    date: '2026-01-14T20:00:00Z',
    last_updated: '2026-01-14T21:00:00Z',
    agencies: [A.nasa],
    program: [P.iss],
    vid_urls: [makeWebcast(WEBCAST_A)],
  }),
  makeStoredEvent({
    id: 3,
    name: 'Crew-20 Undocking',
    type: eventType(8),
    date: '2026-02-01T09:30:00Z',
    last_updated: '2026-01-12T00:00:00Z',
    agencies: [A.nasa, A.spacex],
    program: [P.commercialCrew, P.iss],
    vid_urls: [makeWebcast(WEBCAST_B)],
  }),
  makeStoredEvent({
    id: 4,
    name: 'Artemis II Launch',
    type: eventType(24),
    date: '2026-04-01T00:00:00Z',
    last_updated: '2026-01-12T00:00:00Z',
    agencies: [A.nasa],
    program: [P.artemis],
  }),
  makeStoredEvent({
    id: 5,
    name: 'Shenzhou-22 Docking',
    type: eventType(2),
    date: '2025-12-31T23:59:59Z',
    last_updated: '2026-01-01T00:00:00Z',
    agencies: [A.cmsa],
    program: [P.tiangong],
  }),
  makeStoredEvent({
    id: 6,
    name: 'Starship Flight 12 Static Fire',
    type: eventType(5),
    date: '2025-06-15T08:00:00Z',
    last_updated: '2025-06-16T00:00:00Z',
    agencies: [A.spacex],
    program: [P.starship],
  }),
  makeStoredEvent({
    id: 7,
    name: 'Progress MS-39 Undocking',
    type: eventType(8),
    date: '2025-06-15T08:00:00Z',
    last_updated: '2025-07-01T00:00:00Z',
    agencies: [A.roscosmos],
    program: [P.iss],
  }),
  makeStoredEvent({
    id: 8,
    name: 'Lunar Gateway Launch',
    type: eventType(24),
    date: null,
    date_precision: null,
    last_updated: '2025-09-01T00:00:00Z',
    agencies: [A.nasa],
    program: [P.artemis],
  }),
  makeStoredEvent({
    id: 9,
    name: 'Soyuz MS-29 Docking',
    type: eventType(2),
    date: '2026-01-13T11:59:59Z',
    last_updated: '2026-01-13T12:30:00Z',
    agencies: [A.roscosmos, A.nasa],
    program: [P.soyuz, P.iss],
  }),
];

const QUERIES: [string, number[]][] = [
  ['/events/', [1, 2, 3, 4, 5, 6, 7, 8, 9]],
  ['/events/?foo=bar&format=json&mode=unknown', [1, 2, 3, 4, 5, 6, 7, 8, 9]],
  ['/events/upcoming/', [2, 1, 3, 4]],
  ['/events/upcoming/?hide_recent_previous=true', [1, 3, 4]],
  ['/events/upcoming/?ordering=-date', [4, 3, 1, 2]],
  ['/events/upcoming/?type=2', [1]],
  ['/events/previous/', [1, 2, 9, 5, 6, 7]],
  ['/events/previous/?ordering=date', [6, 7, 5, 9, 2, 1]],
  ['/events/previous/?hide_recent_previous=true', [1, 2, 9, 5, 6, 7]],
  ['/events/?type=2', [1, 5, 9]],
  ['/events/?type__ids=2,8', [1, 3, 5, 7, 9]],
  ['/events/?type=2&type__ids=8', []],
  ['/events/?agency__ids=121', [3, 6]],
  ['/events/?agency__ids=63,1024', [1, 5, 7, 9]],
  ['/events/?program=1', [4, 8]],
  ['/events/?program=1&program=24', [4, 5, 8]],
  ['/events/?program=1,24', [4, 5, 8]],
  ['/events/?program=8', [9]],
  ['/events/?program=17', [1, 2, 3, 7, 9]],
  ['/events/?program=17&type=8', [3, 7]],
  ['/events/?search=docking', [1, 3, 5, 7, 9]],
  ['/events/?search=progress%20docking', [1, 7]],
  ['/events/?search=%20soyuz%20%20docking%20', [9]],
  ['/events/?search=PROGRESS,undocking', [7]],
  ['/events/?search=ms-', [1, 7, 9]],
  ['/events/?search=zzz', []],
  ['/events/?search=', [1, 2, 3, 4, 5, 6, 7, 8, 9]],
  ['/events/?slug=crew-20-undocking', [3]],
  ['/events/?id=4,2,99', [2, 4]],
  ['/events/?date__gte=2026-01-15T12:00:00Z', [1, 3, 4]],
  ['/events/?date__gte=2026-01-15T13:00:00%2B01:00', [1, 3, 4]],
  ['/events/?date__gt=2026-01-15T12:00:00Z', [3, 4]],
  ['/events/?date__lt=2025-12-31T23:59:59Z', [6, 7]],
  ['/events/?date__lte=2025-12-31T23:59:59Z', [5, 6, 7]],
  ['/events/?date__gt__lt=2026-01-01', [5, 6, 7]],
  ['/events/?date__gte=2026-01-01&date__lt=2026-02-01', [1, 2, 9]],
  ['/events/?last_updated__gte=2026-01-12T00:00:00Z', [2, 3, 4, 9]],
  ['/events/?last_updated__lte=2026-01-01T00:00:00Z', [5, 6, 7, 8]],
  ['/events/?year=2025', [5, 6, 7]],
  ['/events/?year=2025&month=6', [6, 7]],
  ['/events/?month=1,4', [1, 2, 4, 9]],
  ['/events/?day=15', [1, 6, 7]],
  ['/events/?day=31', [5]],
  [`/events/?video_url=${encodeURIComponent(WEBCAST_A)}`, [2]],
  [`/events/?video_url=${encodeURIComponent(`${WEBCAST_A},${WEBCAST_B}`)}`, [2, 3]],
  ['/events/?video_url=https://example.com/none', []],
  ['/events/?ordering=date', [6, 7, 5, 9, 2, 1, 3, 4, 8]],
  ['/events/?ordering=-date', [8, 4, 3, 1, 2, 9, 5, 6, 7]],
  ['/events/?ordering=last_updated', [6, 7, 8, 5, 1, 3, 4, 9, 2]],
  ['/events/?ordering=-last_updated', [2, 9, 3, 4, 1, 5, 8, 7, 6]],
  ['/events/?ordering=date,-last_updated', [7, 6, 5, 9, 2, 1, 3, 4, 8]],
  ['/events/?ordering=bogus', [1, 2, 3, 4, 5, 6, 7, 8, 9]],
];

let server: RunningSampleServer;
beforeAll(async () => {
  server = await startSampleServer({ events: EVENTS, now: NOW });
});
afterAll(async () => {
  await server.close();
});

async function idsOf(path: string): Promise<number[]> {
  const separator = path.includes('?') ? '&' : '?';
  const response = await fetch(`${server.baseUrl}${path}${separator}limit=100`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { count: number; results: { id: number }[] };
  expect(body.count).toBe(body.results.length);
  return body.results.map((event) => event.id);
}

describe('query → expected ids (hand-checked data, now = 2026-01-15T12:00Z)', () => {
  it.each(QUERIES)('%s', async (path, expected) => {
    expect(await idsOf(path)).toEqual(expected);
  });
});

describe('rejected values', () => {
  it.each([
    ['/events/?date__gte=yesterday', { date__gte: ['Enter a valid date/time.'] }],
    ['/events/?last_updated__gte=2026-02-30', { last_updated__gte: ['Enter a valid date/time.'] }],
    [
      '/events/upcoming/?date__gt__lt=2026-01-01T25:00',
      { date__gt__lt: ['Enter a valid date/time.'] },
    ],
    ['/events/?type=abc', { type: ['Enter a whole number.'] }],
    ['/events/?type__ids=2,x', { type__ids: ['Enter a number.'] }],
  ])('%s → 400', async (path, body) => {
    const response = await fetch(`${server.baseUrl}${path}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(body);
  });
});

describe('single events', () => {
  it('answers /events/{id}/ in detailed mode by default and 404 for unknown ids', async () => {
    const detailed = (await (await fetch(`${server.baseUrl}/events/3/`)).json()) as Record<
      string,
      unknown
    >;
    expect(detailed.response_mode).toBe('detailed');
    expect(detailed.url).toBe(`${server.baseUrl}/events/3/`);
    const missing = await fetch(`${server.baseUrl}/events/404/`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ detail: 'Not found.' });
  });

  it('answers the windowed detail routes only for events in the window', async () => {
    expect((await fetch(`${server.baseUrl}/events/upcoming/3/`)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/events/upcoming/6/`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/events/previous/6/?mode=list`)).status).toBe(200);
  });
});
