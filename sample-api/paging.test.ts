import { describe, expect, it } from 'vitest';
import { parseDateTime } from './eventQuery.ts';
import { paginate, readPageWindow } from './paging.ts';

describe('readPageWindow', () => {
  it.each([
    ['', 10, 0],
    ['limit=25&offset=50', 25, 50],
    ['limit=101', 100, 0],
    ['limit=-1&offset=-5', 10, 0],
    ['limit=0', 10, 0],
    ['limit=2.5&offset=x', 10, 0],
  ])('%s → limit %i offset %i', (query, limit, offset) => {
    expect(readPageWindow(new URLSearchParams(query))).toEqual({ limit, offset });
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 25 }, (_, i) => i);
  it('links forward and back like DRF', () => {
    const url = new URL('http://h/2.3.0/events/?search=a&limit=10&offset=10');
    expect(paginate(items, { limit: 10, offset: 10 }, url)).toEqual({
      count: 25,
      next: 'http://h/2.3.0/events/?limit=10&offset=20&search=a',
      previous: 'http://h/2.3.0/events/?limit=10&search=a',
      results: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
    });
    const beyond = paginate(items, { limit: 10, offset: 40 }, new URL('http://h/e/?offset=40'));
    expect(beyond.results).toEqual([]);
    expect(beyond.next).toBeNull();
    expect(beyond.previous).toBe('http://h/e/?limit=10&offset=30');
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2026-01-15', '2026-01-15T00:00:00.000Z'],
    ['2026-01-15T12:30', '2026-01-15T12:30:00.000Z'],
    ['2026-01-15 12:30:05', '2026-01-15T12:30:05.000Z'],
    ['2026-01-15T12:30:05.250Z', '2026-01-15T12:30:05.250Z'],
    ['2026-01-15T12:30:05-05:00', '2026-01-15T17:30:05.000Z'],
  ])('%s → %s', (raw, expected) => {
    expect(new Date(parseDateTime(raw) ?? NaN).toISOString()).toBe(expected);
  });

  it.each(['', 'now', '2026-02-30', '2026-13-01', '2026-01-01T24:00', '15/01/2026'])(
    'rejects %j',
    (raw) => {
      expect(parseDateTime(raw)).toBeNull();
    },
  );
});
