import { describe, expect, it } from 'vitest';
import { formatIsoDuration, parseIsoDurationSeconds } from './isoDuration.ts';

describe('parseIsoDurationSeconds', () => {
  it.each([
    ['PT2H', 7_200],
    ['PT1H50M10S', 6_610],
    ['P1DT3H', 97_200],
    ['PT45S', 45],
    ['PT0.5M', 30],
    ['P2W', 1_209_600],
  ])('reads %s', (raw, seconds) => {
    expect(parseIsoDurationSeconds(raw)).toBe(seconds);
  });

  it.each(['', 'P', 'PT', '2 hours', 'PT2X', null, undefined])('rejects %s', (raw) => {
    expect(parseIsoDurationSeconds(raw)).toBeNull();
  });
});

describe('formatIsoDuration', () => {
  it.each([
    ['PT2H', '2 h'],
    ['PT1H50M10S', '1 h 50 min'],
    ['PT6H30M', '6 h 30 min'],
    ['P1DT3H', '1 d 3 h'],
    ['P1DT0H5M', '1 d'],
    ['PT45S', '45 s'],
    ['PT0S', '0 s'],
  ])('%s → %s', (raw, text) => {
    expect(formatIsoDuration(raw)).toBe(text);
  });

  it('gives null for nonsense', () => {
    expect(formatIsoDuration('soon')).toBeNull();
  });
});
