import { describe, expect, it } from 'vitest';
import { formatAgo } from './formatAgo.ts';

const NOW = new Date(2026, 0, 15, 18, 0, 0).getTime();

describe('formatAgo', () => {
  it('says how long ago in words', () => {
    expect(formatAgo(NOW - 10_000, NOW)).toBe('just now');
    expect(formatAgo(NOW - 5 * 60_000, NOW)).toBe('5 min ago');
    expect(formatAgo(NOW - 3 * 3_600_000, NOW)).toBe('3 h ago');
  });

  it('gives the day for a day or more ago', () => {
    expect(formatAgo(NOW - 3 * 86_400_000, NOW)).toBe('on Jan 12');
  });

  it('never says a time in the future is ahead', () => {
    expect(formatAgo(NOW + 60_000, NOW)).toBe('just now');
  });
});
