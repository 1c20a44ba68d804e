import { describe, expect, it } from 'vitest';
import { isEventLive, isWebcastLive, type LiveFacts } from './live.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const HOUR = 3_600_000;

/** An exact-dated (Minute) event at `dateMs`, not flagged, without webcasts, with overrides. */
function event(overrides: Partial<LiveFacts> = {}): LiveFacts {
  return {
    dateMs: NOW,
    datePrecisionId: 1,
    durationMs: null,
    webcastLive: false,
    webcasts: [],
    ...overrides,
  };
}

describe('isEventLive (decision 021)', () => {
  it('never calls a 2022 event live, whatever its stale flags say', () => {
    const stale = event({
      dateMs: Date.parse('2022-11-16T06:47:44Z'),
      webcastLive: true,
      webcasts: [{ live: true, startMs: null, endMs: null }],
    });
    expect(isEventLive(stale, NOW)).toBe(false);
  });

  it('never calls an event dated two days ago live, even with a webcast window open now', () => {
    const twoDaysAgo = event({
      dateMs: NOW - 48 * HOUR,
      webcastLive: true,
      webcasts: [{ live: true, startMs: NOW - HOUR, endMs: NOW + HOUR }],
    });
    expect(isEventLive(twoDaysAgo, NOW)).toBe(false);
  });

  it('calls a flagged exact event 2 h ago live, and 7 h ago not', () => {
    expect(isEventLive(event({ dateMs: NOW - 2 * HOUR, webcastLive: true }), NOW)).toBe(true);
    expect(isEventLive(event({ dateMs: NOW - 7 * HOUR, webcastLive: true }), NOW)).toBe(false);
    expect(isEventLive(event({ dateMs: NOW + 6 * HOUR, webcastLive: true }), NOW)).toBe(true);
    expect(isEventLive(event({ dateMs: NOW + 7 * HOUR, webcastLive: true }), NOW)).toBe(false);
  });

  it('takes a webcast flag like the event flag, and an unflagged event is not live', () => {
    const webcastFlag = event({
      dateMs: NOW - HOUR,
      webcasts: [{ live: true, startMs: null, endMs: null }],
    });
    expect(isEventLive(webcastFlag, NOW)).toBe(true);
    expect(isEventLive(event({ dateMs: NOW - HOUR }), NOW)).toBe(false);
  });

  it('counts the duration: a flagged 10 h spacewalk is live 12 h after its start', () => {
    const eva = event({ dateMs: NOW - 12 * HOUR, durationMs: 10 * HOUR, webcastLive: true });
    expect(isEventLive(eva, NOW)).toBe(true);
    expect(isEventLive({ ...eva, durationMs: null }, NOW)).toBe(false);
  });

  it('does not trust the flag on a date coarser than the hour (Month, Day, Afternoon)', () => {
    for (const datePrecisionId of [7, 5, 4]) {
      const coarse = event({ dateMs: NOW - 2 * HOUR, datePrecisionId, webcastLive: true });
      expect(isEventLive(coarse, NOW)).toBe(false);
    }
    expect(isEventLive(event({ datePrecisionId: 2, webcastLive: true }), NOW)).toBe(true);
    expect(isEventLive(event({ datePrecisionId: null, webcastLive: true }), NOW)).toBe(true);
  });

  it('calls an event live while a webcast window contains now, whatever the precision', () => {
    const running = event({
      dateMs: NOW - 20 * HOUR,
      datePrecisionId: 7,
      webcasts: [{ live: false, startMs: NOW - HOUR, endMs: NOW + HOUR }],
    });
    expect(isEventLive(running, NOW)).toBe(true);
    const ended = event({ webcasts: [{ live: false, startMs: NOW - HOUR, endMs: NOW }] });
    expect(isEventLive(ended, NOW)).toBe(false);
  });

  it('never calls an undated event live', () => {
    const undated = event({
      dateMs: null,
      webcastLive: true,
      webcasts: [{ live: true, startMs: NOW - HOUR, endMs: NOW + HOUR }],
    });
    expect(isEventLive(undated, NOW)).toBe(false);
  });
});

describe('isWebcastLive', () => {
  it('judges one webcast by its own window or flag against its event', () => {
    const near = event({ dateMs: NOW - HOUR, webcastLive: true });
    expect(isWebcastLive({ live: true, startMs: null, endMs: null }, near, NOW)).toBe(true);
    // The event's flag does not make every one of its webcasts live.
    expect(isWebcastLive({ live: false, startMs: null, endMs: null }, near, NOW)).toBe(false);
    const stale = event({ dateMs: NOW - 48 * HOUR });
    expect(isWebcastLive({ live: true, startMs: null, endMs: null }, stale, NOW)).toBe(false);
  });
});
