import { describe, expect, it } from 'vitest';
import { locateLl2Data } from '../../../testing/ll2Data.ts';
import {
  DETAILED_2_3_0,
  realDetailedEvents,
  realSummaries230,
} from '../../../db/testing/realEventSummaries.ts';
import { missionArc } from './missionArc.ts';

const { present, skipNote } = locateLl2Data([DETAILED_2_3_0]);

describe('missionArc on real LL2 records', () => {
  it.skipIf(!present)(
    `the farewell of Soyuz MS-26 is followed by its own undocking, and no 2020 Crew Dragon comes before${skipNote}`,
    () => {
      const farewell = realDetailedEvents().find((event) => event.id === 1192);
      if (farewell === undefined) throw new Error('event 1192 is not in the real data');
      const arc = missionArc(farewell, realSummaries230());
      expect(arc.mission.name).toBe('Soyuz MS-26');
      expect(arc.mission.before).toEqual([]);
      expect(arc.mission.after.map((event) => event.name)).toEqual(['Soyuz MS-26 Undocking']);
      // The ISS events stored before it are from 2020 (DM-2's undocking among them): not "around".
      expect(arc.around.before).toEqual([]);
      expect(arc.around.after).toEqual([]);
    },
  );

  it.skipIf(!present)(
    `DM-2's undocking sits in its own mission, launch to news conference${skipNote}`,
    () => {
      const undocking = realDetailedEvents().find((event) => event.id === 121);
      if (undocking === undefined) throw new Error('event 121 is not in the real data');
      const arc = missionArc(undocking, realSummaries230());
      expect(arc.mission.before.map((event) => event.id)).toEqual([128]);
      expect(arc.mission.after.map((event) => event.id)).toEqual([122, 129, 130]);
      // Progress MS-15's docking (23 July 2020) and HTV-9's release (18 August) were at the ISS then.
      expect(arc.around.before.map((event) => event.id)).toEqual([111]);
      expect(arc.around.after.map((event) => event.id)).toEqual([132]);
    },
  );
});
