import { describe, expect, it } from 'vitest';
import { formatWait } from './formatWait.ts';

describe('formatWait', () => {
  it.each([
    [0, '0 s'],
    [14.2, '15 s'],
    [59, '59 s'],
    [60, '1 min'],
    [61, '2 min'],
    [840, '14 min'],
    [3599, '1 h'],
    [3600, '1 h'],
    [3900, '1 h 5 min'],
  ])('%d seconds read "%s"', (seconds, text) => {
    expect(formatWait(seconds)).toBe(text);
  });
});
