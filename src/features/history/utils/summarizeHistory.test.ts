import { describe, expect, it } from 'vitest';
import { makeChange, makeDateMove } from '../../../db/testing/eventChangeFactory.ts';
import { groupChanges, netDateShift, summarizeDateMoves } from './summarizeHistory.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-03-01T00:00:00Z');

describe('summarizeDateMoves', () => {
  it('lists every move, oldest first, whatever order the records come in', () => {
    const changes = [
      makeDateMove(-30 * MIN, T0 + 3 * HOUR),
      makeDateMove(2 * DAY, T0 + HOUR),
      makeChange({ kind: 'description', from: 'a', to: 'b' }, { detectedAtMs: T0 + 2 * HOUR }),
      makeDateMove(HOUR, T0 + 2 * HOUR),
    ];
    expect(summarizeDateMoves(changes)).toBe('moved 3 times: +2 d, +1 h, \u221230 min');
  });

  it('says once and twice in words', () => {
    expect(summarizeDateMoves([makeDateMove(DAY, T0)])).toBe('moved once: +1 d');
    expect(summarizeDateMoves([makeDateMove(DAY, T0), makeDateMove(DAY, T0 + 1)])).toBe(
      'moved twice: +1 d, +1 d',
    );
  });

  it('is null when the date never moved', () => {
    expect(summarizeDateMoves([])).toBeNull();
    expect(summarizeDateMoves([makeChange({ kind: 'added' })])).toBeNull();
  });

  it('names a date that appeared or was withdrawn', () => {
    const announced = makeChange({
      kind: 'date',
      from: null,
      to: '2026-05-01T00:00:00Z',
      deltaMs: null,
    });
    expect(summarizeDateMoves([announced])).toBe('moved once: date announced');
  });
});

describe('netDateShift', () => {
  it('sums the moves from the first known date to the latest', () => {
    const first = makeDateMove(2 * DAY, T0, '2026-04-10T10:00:00Z');
    const second = makeDateMove(-HOUR, T0 + 1, '2026-04-12T10:00:00Z');
    expect(netDateShift([second, first])).toBe(2 * DAY - HOUR);
    expect(netDateShift([])).toBeNull();
  });
});

describe('groupChanges', () => {
  it('groups one sync of one event together, newest group first', () => {
    const a1 = makeDateMove(HOUR, T0, undefined, 1);
    const a2 = makeChange(
      { kind: 'location', from: 'x', to: 'y' },
      { detectedAtMs: T0, eventId: 1 },
    );
    const b = makeChange(
      { kind: 'added' },
      { detectedAtMs: T0 + HOUR, eventId: 2, eventName: 'B' },
    );
    const groups = groupChanges([a1, b, a2]);
    expect(groups.map((group) => [group.eventId, group.changes.length])).toEqual([
      [2, 1],
      [1, 2],
    ]);
  });
});
