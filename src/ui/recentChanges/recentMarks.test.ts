import { describe, expect, it } from 'vitest';
import { makeChange, makeDateMove } from '../../db/testing/eventChangeFactory.ts';
import { marksSince } from './recentMarks.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-03-01T00:00:00Z');

describe('marksSince', () => {
  it('marks events changed after the last visit, New winning over Changed', () => {
    const changes = [
      makeDateMove(HOUR, T0 - DAY, undefined, 1),
      makeDateMove(HOUR, T0 + HOUR, undefined, 2),
      makeChange({ kind: 'location', from: 'x', to: 'y' }, { eventId: 3, detectedAtMs: T0 + 2 }),
      makeChange({ kind: 'added' }, { eventId: 3, detectedAtMs: T0 + 1 }),
    ];
    const marks = marksSince(changes, T0);
    expect([...marks.entries()].sort()).toEqual([
      [2, 'changed'],
      [3, 'new'],
    ]);
  });

  it('marks nothing on a first visit', () => {
    expect(marksSince([makeDateMove(HOUR, T0)], null).size).toBe(0);
  });
});
