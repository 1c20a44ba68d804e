import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from './backoff.ts';

describe('backoffDelayMs', () => {
  it('doubles with each attempt, jittered within the upper half', () => {
    expect(backoffDelayMs(0, 0)).toBe(500);
    expect(backoffDelayMs(0, 1)).toBe(1000);
    expect(backoffDelayMs(3, 0)).toBe(4000);
    expect(backoffDelayMs(3, 0.5)).toBe(6000);
  });
  it('never exceeds five minutes', () => {
    expect(backoffDelayMs(30, 1)).toBe(300_000);
    expect(backoffDelayMs(30, 0)).toBe(150_000);
  });
});
