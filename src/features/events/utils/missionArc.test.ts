import { describe, expect, it } from 'vitest';
import { missionArc } from './missionArc.ts';
import {
  makeEventDetailed,
  makeEventSummary,
  program,
  spacestation,
} from '../../../db/testing/eventFactories.ts';

const iss = spacestation(4, 'International Space Station');
const crew = program(17, 'Commercial Crew');
const at = (day: number) => `2026-07-${String(day).padStart(2, '0')}T12:00:00Z`;

describe('missionArc', () => {
  const docking = makeEventDetailed({
    id: 10,
    date: at(10),
    spacestations: [iss],
    program: [crew],
  });
  const summaries = [
    makeEventSummary({ id: 1, date: at(1), program: [crew] }),
    makeEventSummary({ id: 2, date: at(5), spacestations: [iss] }),
    makeEventSummary({ id: 3, date: at(8), spacestations: [iss] }),
    makeEventSummary({ id: 4, date: at(9), program: [program(99, 'Other')] }),
    makeEventSummary({ id: 10, date: at(10), spacestations: [iss], program: [crew] }),
    makeEventSummary({ id: 11, date: at(12), spacestations: [iss] }),
    makeEventSummary({ id: 12, date: at(20), program: [crew] }),
    makeEventSummary({ id: 13, date: at(25), program: [crew] }),
    makeEventSummary({ id: 14, date: at(28), program: [crew] }),
    makeEventSummary({ id: 15, date: null, program: [crew] }),
  ];

  it('takes the nearest related events on each side, in date order, without the event itself', () => {
    const arc = missionArc(docking, summaries);
    expect(arc.before.map((e) => e.id)).toEqual([1, 2, 3]);
    expect(arc.after.map((e) => e.id)).toEqual([11, 12, 13]);
    expect(arc.through).toEqual(['Commercial Crew', 'International Space Station']);
  });

  it('names a program and a station of the same name once', () => {
    const tiangong = makeEventDetailed({
      date: at(10),
      program: [program(24, 'Tiangong Space Station')],
      spacestations: [spacestation(18, 'Tiangong Space Station')],
    });
    expect(missionArc(tiangong, summaries).through).toEqual(['Tiangong Space Station']);
  });

  it('limits the reach', () => {
    const arc = missionArc(docking, summaries, 1);
    expect(arc.before.map((e) => e.id)).toEqual([3]);
    expect(arc.after.map((e) => e.id)).toEqual([11]);
  });

  it('is empty for an event with no program or station', () => {
    const alone = makeEventDetailed({ id: 50, date: at(10) });
    expect(missionArc(alone, summaries)).toEqual({ before: [], after: [], through: [] });
  });
});
