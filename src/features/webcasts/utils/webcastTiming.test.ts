import { describe, expect, it } from 'vitest';
import { isWebcastLive } from '../../../domain/live.ts';
import { formatStartsIn, toWebcastTiming, webcastStatus } from './webcastTiming.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const HOUR = 3_600_000;
/** An exact-dated event at NOW: its webcasts are judged against it (decision 021). */
const EVENT = {
  dateMs: NOW,
  datePrecisionId: 1,
  durationMs: null,
  webcastLive: false,
  webcasts: [],
};

describe('webcastStatus', () => {
  it('trusts the API live flag near an exact event date, even outside the scheduled times', () => {
    expect(
      webcastStatus({ live: true, startMs: NOW + HOUR, endMs: NOW + 2 * HOUR }, EVENT, NOW),
    ).toEqual({
      kind: 'live',
    });
  });

  it('is live between start and end although the flag says otherwise', () => {
    expect(
      webcastStatus({ live: false, startMs: NOW - HOUR, endMs: NOW + HOUR }, EVENT, NOW),
    ).toEqual({
      kind: 'live',
    });
  });

  it('is not live at its end instant', () => {
    expect(isWebcastLive({ live: false, startMs: NOW - HOUR, endMs: NOW }, EVENT, NOW)).toBe(false);
  });

  it('ignores a stale flag on an event dated days ago', () => {
    const stale = { live: true, startMs: null, endMs: null };
    expect(webcastStatus(stale, { ...EVENT, dateMs: NOW - 48 * HOUR }, NOW)).toEqual({
      kind: 'replay',
    });
  });

  it('is upcoming before its start', () => {
    expect(webcastStatus({ live: false, startMs: NOW + HOUR, endMs: null }, EVENT, NOW)).toEqual({
      kind: 'upcoming',
      startMs: NOW + HOUR,
    });
  });

  it('is a replay once started without an end in sight', () => {
    expect(webcastStatus({ live: false, startMs: NOW - HOUR, endMs: null }, EVENT, NOW)).toEqual({
      kind: 'replay',
    });
    expect(
      webcastStatus({ live: false, startMs: NOW - 2 * HOUR, endMs: NOW - HOUR }, EVENT, NOW),
    ).toEqual({ kind: 'replay' });
  });

  it('falls back to the event date when the webcast has no start time', () => {
    const timing = { live: false, startMs: null, endMs: null };
    expect(webcastStatus(timing, { ...EVENT, dateMs: NOW + HOUR }, NOW)).toEqual({
      kind: 'upcoming',
      startMs: NOW + HOUR,
    });
    expect(webcastStatus(timing, { ...EVENT, dateMs: NOW - HOUR }, NOW)).toEqual({
      kind: 'replay',
    });
    expect(webcastStatus(timing, { ...EVENT, dateMs: null }, NOW)).toEqual({ kind: 'unscheduled' });
  });
});

describe('toWebcastTiming', () => {
  it('parses the API instants and keeps nulls', () => {
    expect(
      toWebcastTiming({ live: false, start_time: '2026-03-01T11:00:00Z', end_time: null }),
    ).toEqual({
      live: false,
      startMs: NOW - HOUR,
      endMs: null,
    });
  });
});

describe('formatStartsIn', () => {
  it.each([
    [20_000, 'Starts in under a minute'],
    [12 * 60_000 + 59_000, 'Starts in 12 min'],
    [2 * HOUR + 5 * 60_000, 'Starts in 2 h 05 min'],
    [26 * HOUR, 'Starts in 1 day'],
    [75 * HOUR, 'Starts in 3 days'],
  ])('%i ms ahead reads "%s"', (aheadMs, text) => {
    expect(formatStartsIn(NOW + aheadMs, NOW)).toBe(text);
  });
});
