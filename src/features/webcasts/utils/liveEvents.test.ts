import { describe, expect, it } from 'vitest';
import { makeEventSummary } from '../../../db/testing/eventFactories.ts';
import { isEventLive } from '../../../domain/live.ts';
import { liveEventFinder } from './liveEvents.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const HOUR = 3_600_000;

describe('liveEventFinder', () => {
  it('keeps events flagged live or with a webcast running now, in date order', () => {
    const flagged = makeEventSummary(
      {},
      {
        id: 1,
        name: 'Flagged',
        webcastLive: true,
        dateMs: NOW + HOUR,
      },
    );
    const running = makeEventSummary(
      {},
      {
        id: 2,
        name: 'Running',
        dateMs: NOW - HOUR,
        webcasts: [
          { url: 'https://a.example/1', live: false, startMs: NOW - HOUR, endMs: NOW + HOUR },
        ],
      },
    );
    const webcastFlag = makeEventSummary(
      {},
      {
        id: 3,
        name: 'Webcast flag',
        dateMs: NOW + 2 * HOUR,
        webcasts: [{ url: 'https://a.example/2', live: true, startMs: null, endMs: null }],
      },
    );
    const over = makeEventSummary(
      {},
      {
        id: 4,
        webcasts: [
          { url: 'https://a.example/3', live: false, startMs: NOW - 2 * HOUR, endMs: NOW - HOUR },
        ],
      },
    );
    const later = makeEventSummary(
      {},
      {
        id: 5,
        webcasts: [
          { url: 'https://a.example/4', live: false, startMs: NOW + HOUR, endMs: NOW + 2 * HOUR },
        ],
      },
    );
    expect(
      liveEventFinder([over, webcastFlag, flagged, later, running])(NOW).map((event) => event.name),
    ).toEqual(['Running', 'Flagged', 'Webcast flag']);
  });

  it('finds at every instant the events the rule calls live, as the clock moves', () => {
    const events = [-30, -20, -7, -5, -1, 0, 2, 5, 7, 23, 25, 40].flatMap((hours, i) => [
      makeEventSummary({}, { id: 2 * i + 1, dateMs: NOW + hours * HOUR, webcastLive: true }),
      makeEventSummary(
        {},
        {
          id: 2 * i + 2,
          dateMs: NOW + hours * HOUR,
          durationMs: 20 * HOUR,
          webcasts: [
            {
              url: 'https://a.example/w',
              live: false,
              startMs: NOW + (hours - 1) * HOUR,
              endMs: NOW + (hours + 3) * HOUR,
            },
          ],
        },
      ),
    ]);
    events.push(makeEventSummary({}, { id: 99, dateMs: null, webcastLive: true }));
    const findLive = liveEventFinder(events);
    for (let hours = -48; hours <= 48; hours += 1) {
      const at = NOW + hours * HOUR + 17;
      const expected = events.filter((event) => isEventLive(event, at)).map((event) => event.id);
      expect(
        findLive(at)
          .map((event) => event.id)
          .sort((a, b) => a - b),
        `at ${hours} h`,
      ).toEqual(expected.sort((a, b) => a - b));
    }
  });
});
