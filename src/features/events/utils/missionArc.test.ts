import { describe, expect, it } from 'vitest';
import { AROUND_MS, missionArc } from './missionArc.ts';
import { makeEventSummary } from '../../../db/testing/eventFactories.ts';
import {
  makeProgram,
  makeSpaceStation,
  makeLaunch,
  makeMinimalEvent,
} from '../../../api/testing/eventFactory.ts';

const iss = makeSpaceStation({ id: 4, name: 'International Space Station' });
const issProgram = makeProgram({ id: 17, name: 'International Space Station' });
const starship = makeProgram({ id: 1, name: 'SpaceX Starship' });
const ms26 = makeLaunch('ms26', 'Soyuz 2.1a | Soyuz MS-26');
const dm2 = makeLaunch('dm2', 'Falcon 9 Block 5 | SpX-DM2 (Demonstration Mission 2)');
const crew10 = makeLaunch('crew10', 'Falcon 9 Block 5 | Crew-10');
const at = (day: number) => new Date(Date.UTC(2025, 3, day, 12)).toISOString();
const ids = (events: { id: number }[]) => events.map((event) => event.id);

describe('missionArc', () => {
  const farewell = makeMinimalEvent({
    id: 10,
    date: at(19),
    spacestations: [iss],
    program: [issProgram],
    launches: [ms26],
  });
  const summaries = [
    // A Crew Dragon at the same station and program, five years earlier.
    makeEventSummary({
      id: 1,
      date: '2020-08-01T23:34:00Z',
      spacestations: [iss],
      program: [issProgram],
      launches: [dm2],
    }),
    makeEventSummary({ id: 2, date: '2024-09-11T16:32:00Z', launches: [ms26] }),
    makeEventSummary({
      id: 3,
      date: '2024-09-11T19:32:00Z',
      spacestations: [iss],
      launches: [ms26],
    }),
    makeEventSummary({ id: 4, date: at(1), spacestations: [iss], launches: [crew10] }),
    makeEventSummary({ id: 5, date: at(10), spacestations: [iss] }),
    makeEventSummary({ id: 10, date: at(19), spacestations: [iss], launches: [ms26] }),
    makeEventSummary({
      id: 11,
      date: at(19).replace('12:00', '21:57'),
      spacestations: [iss],
      launches: [ms26],
    }),
    makeEventSummary({ id: 12, date: at(20), launches: [ms26] }),
    makeEventSummary({ id: 13, date: at(25), spacestations: [iss], launches: [crew10] }),
    makeEventSummary({ id: 14, date: null, spacestations: [iss] }),
  ];

  it('tells the mission first, through its launch, whatever the dates', () => {
    const arc = missionArc(farewell, summaries);
    expect(arc.mission.name).toBe('Soyuz MS-26');
    expect(ids(arc.mission.before)).toEqual([2, 3]);
    expect(ids(arc.mission.after)).toEqual([11, 12]);
  });

  it('then the station around it in time, without the mission and without years-old events', () => {
    const arc = missionArc(farewell, summaries);
    expect(arc.around.through).toEqual(['International Space Station']);
    expect(ids(arc.around.before)).toEqual([4, 5]);
    expect(ids(arc.around.after)).toEqual([13]);
  });

  it('limits the reach around', () => {
    const arc = missionArc(farewell, summaries, 1);
    expect(ids(arc.around.before)).toEqual([5]);
  });

  it('falls back on the program for an event with no station', () => {
    const staticFire = makeMinimalEvent({ id: 50, date: at(10), program: [starship] });
    const arc = missionArc(staticFire, [
      makeEventSummary({ id: 51, date: at(8), program: [starship] }),
      makeEventSummary({ id: 52, date: at(9), program: [makeProgram({ id: 2, name: 'Other' })] }),
    ]);
    expect(arc.around.through).toEqual(['SpaceX Starship']);
    expect(ids(arc.around.before)).toEqual([51]);
    expect(arc.mission).toEqual({ name: null, before: [], after: [] });
  });

  it('is empty for an event with no launch, station or program', () => {
    const alone = makeMinimalEvent({ id: 60, date: at(10) });
    expect(missionArc(alone, summaries)).toEqual({
      mission: { name: null, before: [], after: [] },
      around: { through: [], before: [], after: [] },
    });
  });

  it('needs only the events sharing a launch or dated within AROUND_MS (what the page reads)', () => {
    // The detail page reads just these through the indexes (loadArcSummaries, decision 034):
    // the arc of any event must be the same from them as from the whole archive.
    const dayMs = 86_400_000;
    const launches = [ms26, dm2, crew10];
    const archive = Array.from({ length: 200 }, (_, index) =>
      makeEventSummary({
        id: 100 + index,
        // Spread over three years, some on the same instant.
        date: new Date(Date.UTC(2024, 0, 1) + ((index * 37) % 1100) * dayMs).toISOString(),
        spacestations: index % 3 === 0 ? [] : [iss],
        program: index % 5 === 0 ? [starship] : [issProgram],
        launches: launches.filter((_, at) => index % 4 !== 0 && at === index % 3),
      }),
    );
    for (const event of archive.filter((_, index) => index % 7 === 0)) {
      const detailed = makeMinimalEvent({
        id: event.id,
        date: new Date(event.dateMs ?? 0).toISOString(),
        spacestations: event.spacestations.length === 0 ? [] : [iss],
        program: event.programs.some((program) => program.id === starship.id)
          ? [starship]
          : [issProgram],
        launches: launches.filter((launch) => event.launchIds.includes(launch.id)),
      });
      const reached = archive.filter(
        (summary) =>
          summary.launchIds.some((id) => event.launchIds.includes(id)) ||
          Math.abs((summary.dateMs ?? 0) - (event.dateMs ?? 0)) <= AROUND_MS,
      );
      expect(reached.length).toBeLessThan(archive.length);
      expect(missionArc(detailed, reached, 3, 12)).toEqual(missionArc(detailed, archive, 3, 12));
    }
  });
});
