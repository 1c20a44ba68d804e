import type { Clock } from '../clock.ts';

export interface ManualClock extends Clock {
  /** Every wait asked for, in ms, in order. */
  readonly sleeps: number[];
  advance(ms: number): void;
}

/**
 * A clock for tests: `sleep` returns at once and moves time forward by the wait, so a test can
 * assert exactly how long the engine waited; `random` replays the given values (default 0.5).
 */
export function createManualClock(
  startMs: number,
  randomValues: readonly number[] = [0.5],
): ManualClock {
  let now = startMs;
  let draw = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance(ms) {
      now += ms;
    },
    random() {
      const value = randomValues[draw % randomValues.length] ?? 0.5;
      draw += 1;
      return value;
    },
    sleep(ms, signal) {
      if (signal?.aborted === true) {
        return Promise.reject(
          signal.reason instanceof Error ? signal.reason : new Error('aborted'),
        );
      }
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}
