import { makeLaunch } from '../crewedContext.ts';
import { AGENCIES as A, PROGRAMS as P, STATIONS as S } from '../organisations.ts';
import { crewOf, ISS, type ArcKind } from './arcKind.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** ISS crew and Progress arcs: launch, docking, stay, undocking, landing. */
const progress: ArcKind = {
  series: 'Progress MS',
  weight: 3,
  firstNumber: 18,
  build({ random, nowMs, expeditionAt }, t0, n) {
    const mission = `Progress MS-${n}`;
    const launch = makeLaunch(random, nowMs, 'Soyuz 2.1a', mission, t0);
    const base = {
      agencies: [A.roscosmos],
      programs: [P.iss],
      station: S.iss,
      launch,
      broadcaster: 'roscosmos' as const,
    };
    const dock = t0 + (random.chance(0.6) ? 3.5 * HOUR : 2 * DAY + 2 * HOUR);
    const undock = t0 + random.int(150, 200) * DAY;
    return [
      {
        ...base,
        name: `${mission} Launch`,
        typeId: 24,
        dateMs: t0,
        description: `A Soyuz 2.1a lifts ${mission} off from Baikonur with about 2.5 tonnes of cargo for the ISS.`,
        location: 'Baikonur Cosmodrome, Kazakhstan',
      },
      {
        ...base,
        name: `${mission} Docking`,
        typeId: 2,
        dateMs: dock,
        description: `The ${mission} spacecraft is scheduled to autonomously dock to the Poisk module of the ISS.`,
        location: ISS,
        expedition: expeditionAt('iss', dock),
      },
      {
        ...base,
        name: `${mission} Undocking`,
        typeId: 8,
        dateMs: undock,
        description: `${mission} undocks from the ISS, loaded with trash, and burns up on re-entry.`,
        location: ISS,
        expedition: expeditionAt('iss', undock),
      },
    ];
  },
};

const soyuz: ArcKind = {
  series: 'Soyuz MS',
  weight: 1,
  firstNumber: 20,
  build({ random, nowMs, expeditionAt }, t0, n) {
    const mission = `Soyuz MS-${n}`;
    const crew = crewOf(random, ['roscosmos', 'roscosmos', 'nasa']);
    const launch = makeLaunch(random, nowMs, 'Soyuz 2.1a', mission, t0);
    const base = {
      agencies: [A.roscosmos, A.nasa],
      programs: [P.soyuz, P.iss],
      station: S.iss,
      crew,
      launch,
      broadcaster: 'roscosmos' as const,
    };
    const stay = random.int(180, 210) * DAY;
    const at = (offset: number) => ({
      dateMs: t0 + offset,
      expedition: expeditionAt('iss', t0 + offset),
    });
    return [
      {
        ...base,
        name: `${mission} Launch`,
        typeId: 24,
        dateMs: t0,
        description: `Three crew members launch to the ISS aboard ${mission}.`,
        location: 'Baikonur Cosmodrome, Kazakhstan',
      },
      {
        ...base,
        ...at(3 * HOUR + 10 * MINUTE),
        name: `${mission} Docking`,
        typeId: 2,
        description: `${mission} docks to the Rassvet module after a fast-track rendezvous.`,
        location: ISS,
      },
      {
        ...base,
        ...at(5 * HOUR),
        name: `${mission} Hatch Opening`,
        typeId: 12,
        description: `The hatches between ${mission} and the station open and the crew is welcomed aboard.`,
        location: ISS,
      },
      {
        ...base,
        ...at(stay - 4 * DAY),
        name: `${mission} Change of Command Ceremony`,
        typeId: 15,
        description: 'Command of the station passes to the next expedition commander.',
        location: ISS,
      },
      {
        ...base,
        ...at(stay - 4 * HOUR),
        name: `${mission} Farewell Ceremony & Hatch Closing`,
        typeId: 17,
        description: `The ${mission} crew says goodbye before closing the hatches.`,
        location: ISS,
      },
      {
        ...base,
        ...at(stay),
        name: `${mission} Undocking`,
        typeId: 8,
        description: `${mission} undocks from the ISS to bring its crew home.`,
        location: ISS,
      },
      {
        ...base,
        ...at(stay + 3 * HOUR + 30 * MINUTE),
        name: `${mission} Landing`,
        typeId: 9,
        description: `${mission} lands on the steppe of Kazakhstan.`,
        location: 'Steppe of Kazakhstan',
      },
    ];
  },
};

const crewDragon: ArcKind = {
  series: 'Crew',
  weight: 1,
  firstNumber: 7,
  build({ random, nowMs, expeditionAt }, t0, n) {
    const mission = `Crew-${n}`;
    const crew = crewOf(random, ['nasa', 'nasa', 'partners', 'roscosmos']);
    const launch = makeLaunch(random, nowMs, 'Falcon 9 Block 5', mission, t0);
    const base = {
      agencies: [A.nasa, A.spacex],
      programs: [P.commercialCrew, P.iss],
      station: S.iss,
      crew,
      launch,
      broadcaster: random.chance(0.5) ? ('nasa' as const) : ('spacex' as const),
    };
    const stay = random.int(150, 190) * DAY;
    const at = (offset: number) => ({
      dateMs: t0 + offset,
      expedition: expeditionAt('iss', t0 + offset),
    });
    return [
      {
        ...base,
        name: `NASA's SpaceX ${mission} Pre-Launch News Conference`,
        typeId: 20,
        dateMs: t0 - 2 * DAY,
        description: `Mission managers brief the media ahead of the ${mission} launch.`,
        location: 'Kennedy Space Center, FL, USA',
      },
      {
        ...base,
        name: `${mission} Launch`,
        typeId: 24,
        dateMs: t0,
        description: `Falcon 9 launches Crew Dragon on the ${mission} rotation mission.`,
        location: 'Kennedy Space Center, FL, USA',
      },
      {
        ...base,
        ...at(28 * HOUR),
        name: `${mission} Docking`,
        typeId: 2,
        description: `Crew Dragon docks to the forward port of the Harmony module.`,
        location: ISS,
      },
      {
        ...base,
        ...at(30 * HOUR),
        name: `${mission} Hatch Opening and Welcome Ceremony`,
        typeId: 12,
        description: `The ${mission} crew enters the station.`,
        location: ISS,
      },
      {
        ...base,
        ...at(random.int(30, 60) * DAY),
        name: `${mission} Dragon Relocation from Harmony Forward to Zenith Port`,
        typeId: 25,
        description:
          'The crew flies Dragon to another port to free the forward port for the next vehicle.',
        location: ISS,
      },
      {
        ...base,
        ...at(stay),
        name: `${mission} Undocking`,
        typeId: 8,
        description: `${mission} undocks and begins the trip home.`,
        location: ISS,
      },
      {
        ...base,
        ...at(stay + 17 * HOUR),
        name: `${mission} Splashdown`,
        typeId: 9,
        description: `${mission} splashes down off the coast of Florida.`,
        location: 'Atlantic Ocean',
      },
    ];
  },
};

export const STATION_CREW_ARCS: readonly ArcKind[] = [progress, soyuz, crewDragon];
