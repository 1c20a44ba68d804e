import { describe, expect, it } from 'vitest';
import { calendarSpan } from './calendarSpan.ts';

const DATE = Date.parse('2026-08-17T14:37:00Z');

describe('calendarSpan', () => {
  it('keeps exact instants exact', () => {
    expect(calendarSpan(DATE, null)).toEqual({ kind: 'timed', startMs: DATE, exact: true });
    expect(calendarSpan(DATE, 1)).toEqual({ kind: 'timed', startMs: DATE, exact: true });
    expect(calendarSpan(DATE, 99)).toEqual({ kind: 'timed', startMs: DATE, exact: true });
  });

  it('rounds an hour-precision date to the hour and marks it inexact', () => {
    expect(calendarSpan(DATE, 2)).toEqual({
      kind: 'timed',
      startMs: Date.parse('2026-08-17T15:00:00Z'),
      exact: false,
    });
  });

  it('gives morning and afternoon as floating local windows', () => {
    expect(calendarSpan(DATE, 3)).toEqual({
      kind: 'floating',
      start: [2026, 8, 17, 6, 0],
      end: [2026, 8, 17, 12, 0],
    });
    expect(calendarSpan(DATE, 4)).toMatchObject({ start: [2026, 8, 17, 12, 0] });
  });

  it.each([
    [5, [2026, 8, 17], [2026, 8, 18]],
    [6, [2026, 8, 17], [2026, 8, 24]],
    [7, [2026, 8, 1], [2026, 9, 1]],
    [10, [2026, 7, 1], [2026, 10, 1]],
    [11, [2026, 10, 1], [2027, 1, 1]],
    [13, [2026, 7, 1], [2027, 1, 1]],
    [14, [2026, 1, 1], [2027, 1, 1]],
    [16, [2020, 1, 1], [2030, 1, 1]],
  ])('precision %d is the all-day span %j – %j', (precision, start, end) => {
    expect(calendarSpan(DATE, precision)).toEqual({ kind: 'all-day', start, end });
  });

  it('reads day precision in UTC, across a month end', () => {
    expect(calendarSpan(Date.parse('2026-01-31T23:30:00Z'), 5)).toEqual({
      kind: 'all-day',
      start: [2026, 1, 31],
      end: [2026, 2, 1],
    });
  });
});
