import { describe, expect, it } from 'vitest';
import { formatShift } from './formatShift.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatShift', () => {
  it.each([
    [2 * DAY, '+2 d'],
    [HOUR, '+1 h'],
    [-30 * MIN, '\u221230 min'],
    [45_000, '+45 s'],
    [-(2 * DAY + 3 * HOUR), '\u22122 d 3 h'],
    [HOUR + 30 * MIN, '+1 h 30 min'],
    [DAY + 40 * MIN, '+1 d 1 h'],
    [59 * MIN + 50_000, '+1 h'],
    [23 * HOUR + 59 * MIN + 50_000, '+1 d'],
    [400 * DAY, '+400 d'],
  ])('%d ms → %s', (delta, text) => {
    expect(formatShift(delta)).toBe(text);
  });
});
