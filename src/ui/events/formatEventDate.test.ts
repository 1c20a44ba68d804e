import { describe, expect, it } from 'vitest';
import { countdownKind, formatCountdown, formatEventDate } from './formatEventDate.ts';

const JULY_12_2026_14_30_05 = Date.UTC(2026, 6, 12, 14, 30, 5);
const BEFORE = Date.UTC(2026, 0, 1);
const AFTER = Date.UTC(2027, 0, 1);
const utc = { timeZone: 'utc', now: BEFORE } as const;
const berlin = { timeZone: 'local', now: BEFORE, localTimeZone: 'Europe/Berlin' } as const;

describe('formatEventDate', () => {
  it.each([
    [null, '12 July 2026, 14:30 UTC'],
    [0, '12 July 2026, 14:30:05 UTC'],
    [1, '12 July 2026, 14:30 UTC'],
    [2, '12 July 2026, around 15:00 UTC'],
    [3, 'morning of 12 July 2026 (local time)'],
    [4, 'afternoon of 12 July 2026 (local time)'],
    [5, '12 July 2026'],
    [6, 'week of 12 July 2026'],
    [7, 'NET July 2026'],
    [8, 'Q1 2026'],
    [9, 'Q2 2026'],
    [10, 'Q3 2026'],
    [11, 'Q4 2026'],
    [12, 'H1 2026'],
    [13, 'H2 2026'],
    [14, 'NET 2026'],
    [15, 'NET FY 2026'],
    [16, '2020s'],
    [99, '12 July 2026, 14:30 UTC'],
  ])('precision %s in UTC reads %s', (precision, text) => {
    expect(formatEventDate(JULY_12_2026_14_30_05, precision, utc)).toBe(text);
  });

  it('shows times in the viewer zone when asked', () => {
    expect(formatEventDate(JULY_12_2026_14_30_05, null, berlin)).toBe('12 July 2026, 16:30 CEST');
    expect(formatEventDate(JULY_12_2026_14_30_05, 2, berlin)).toBe(
      '12 July 2026, around 17:00 CEST',
    );
  });

  it('keeps day-level and coarser dates on the announced UTC calendar day in any zone', () => {
    const midnight = Date.UTC(2026, 6, 12);
    const losAngeles = { ...berlin, localTimeZone: 'America/Los_Angeles' };
    expect(formatEventDate(midnight, 5, losAngeles)).toBe('12 July 2026');
    expect(formatEventDate(Date.UTC(2026, 6, 1), 7, losAngeles)).toBe('NET July 2026');
    expect(formatEventDate(midnight, 4, losAngeles)).toBe('afternoon of 12 July 2026 (local time)');
  });

  it('moves the calendar day with the zone for exact times', () => {
    const lateUtc = Date.UTC(2026, 6, 12, 23, 30);
    expect(formatEventDate(lateUtc, 1, berlin)).toBe('13 July 2026, 01:30 CEST');
  });

  it('drops NET once the date has passed', () => {
    expect(formatEventDate(JULY_12_2026_14_30_05, 7, { ...utc, now: AFTER })).toBe('July 2026');
    expect(formatEventDate(JULY_12_2026_14_30_05, 14, { ...utc, now: AFTER })).toBe('2026');
  });

  it('says when there is no date', () => {
    expect(formatEventDate(null, null, utc)).toBe('Date not announced');
  });
});

describe('countdownKind', () => {
  it('ticks only for second, minute and exact dates, approximates hours, and skips the rest', () => {
    expect(countdownKind(null)).toBe('exact');
    expect(countdownKind(0)).toBe('exact');
    expect(countdownKind(1)).toBe('exact');
    expect(countdownKind(2)).toBe('approximate');
    for (let id = 3; id <= 16; id += 1) expect(countdownKind(id)).toBeNull();
  });
});

describe('formatCountdown', () => {
  const now = Date.UTC(2026, 6, 10, 12, 0, 0);
  it('counts down to the second for exact dates', () => {
    expect(formatCountdown(now + 3_723_000, null, now)).toBe('T− 01:02:03');
    expect(formatCountdown(now + 2 * 86_400_000 + 61_000, 1, now)).toBe('T− 2d 00:01:01');
  });

  it('approximates hour-precision dates', () => {
    expect(formatCountdown(now + 3 * 3_600_000 + 600_000, 2, now)).toBe('in about 3 hours');
    expect(formatCountdown(now + 20 * 60_000, 2, now)).toBe('within the hour');
    expect(formatCountdown(now + 5 * 86_400_000, 2, now)).toBe('in about 5 days');
  });

  it('gives nothing for coarse precision, past dates and missing dates', () => {
    expect(formatCountdown(now + 86_400_000, 5, now)).toBeNull();
    expect(formatCountdown(now - 1000, null, now)).toBeNull();
    expect(formatCountdown(null, null, now)).toBeNull();
  });
});
