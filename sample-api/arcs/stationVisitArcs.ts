import { makeLaunch } from '../crewedContext.ts';
import type { EventDraft } from '../eventFactory.ts';
import { AGENCIES as A, PROGRAMS as P, STATIONS as S } from '../organisations.ts';
import { crewOf, ISS, recordSpacewalk, TIANGONG, type ArcKind } from './arcKind.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Cargo visits, spacewalks and Tiangong crews. */
const cargo: ArcKind = {
  series: 'Cargo',
  weight: 2,
  firstNumber: 20,
  build({ random, nowMs, expeditionAt }, t0, n) {
    const expedition = (offset: number) => ({
      dateMs: t0 + offset,
      expedition: expeditionAt('iss', t0 + offset),
    });
    const stay = random.int(25, 60) * DAY;
    if (n % 3 === 0) {
      const mission = `Cygnus NG-${Math.floor(n / 3) + 10}`;
      const base = {
        agencies: [A.northrop, A.nasa],
        programs: [P.resupply, P.iss],
        station: S.iss,
        broadcaster: 'nasa' as const,
        launch: makeLaunch(random, nowMs, 'Antares 330', mission, t0),
      };
      return [
        {
          ...base,
          name: `${mission} Launch`,
          typeId: 24,
          dateMs: t0,
          description: `${mission} launches with science and supplies.`,
          location: 'Wallops Island, VA, USA',
        },
        {
          ...base,
          ...expedition(2 * DAY),
          name: `${mission} Berthing`,
          typeId: 4,
          description: `Canadarm2 captures ${mission} and berths it to the Unity module.`,
          location: ISS,
        },
        {
          ...base,
          ...expedition(stay),
          name: `${mission} Release`,
          typeId: 13,
          description: `Canadarm2 releases ${mission} for its destructive re-entry.`,
          location: ISS,
        },
      ];
    }
    const mission = `CRS-${n + 10}`;
    const base = {
      agencies: [A.spacex, A.nasa],
      programs: [P.resupply, P.iss],
      station: S.iss,
      broadcaster: 'nasa' as const,
      launch: makeLaunch(random, nowMs, 'Falcon 9 Block 5', `Dragon ${mission}`, t0),
    };
    return [
      {
        ...base,
        name: `SpaceX ${mission} Launch`,
        typeId: 24,
        dateMs: t0,
        description: `A cargo Dragon launches on ${mission}.`,
        location: 'Cape Canaveral SFS, FL, USA',
      },
      {
        ...base,
        ...expedition(33 * HOUR),
        name: `SpaceX ${mission} Docking`,
        typeId: 2,
        description: `The cargo Dragon docks autonomously to the Harmony zenith port.`,
        location: ISS,
      },
      {
        ...base,
        ...expedition(stay),
        name: `SpaceX ${mission} Undocking`,
        typeId: 8,
        description: `The cargo Dragon undocks with research samples for return.`,
        location: ISS,
      },
      {
        ...base,
        ...expedition(stay + 30 * HOUR),
        name: `SpaceX ${mission} Splashdown`,
        typeId: 9,
        description: `The cargo Dragon splashes down off the coast of California.`,
        location: 'Pacific Ocean',
      },
    ];
  },
};

const spacewalk: ArcKind = {
  series: 'Spacewalk',
  weight: 2,
  firstNumber: 90,
  build({ random, expeditionAt }, t0, n) {
    const russian = n % 3 === 0;
    const crew = crewOf(
      random,
      russian ? ['roscosmos', 'roscosmos'] : ['nasa', random.pick(['nasa', 'partners'] as const)],
    );
    const name = russian ? `Russian Spacewalk ${Math.floor(n / 3) + 60}` : `US Spacewalk ${n}`;
    const durationSeconds = random.int(300, 420) * 60;
    const expedition = expeditionAt('iss', t0);
    recordSpacewalk(expedition, name, t0, durationSeconds, ISS);
    return [
      {
        name,
        typeId: 3,
        dateMs: t0,
        description: russian
          ? 'Two cosmonauts install new experiments on the outside of the Nauka module.'
          : 'Two astronauts replace a solar array electronics box and route cables for a new roll-out array.',
        location: ISS,
        agencies: russian ? [A.roscosmos] : [A.nasa],
        programs: [P.iss],
        station: S.iss,
        expedition,
        crew,
        broadcaster: russian ? 'roscosmos' : 'nasa',
        durationSeconds,
      },
    ];
  },
};

const shenzhou: ArcKind = {
  series: 'Shenzhou',
  weight: 1,
  firstNumber: 14,
  build({ random, nowMs, expeditionAt }, t0, n) {
    const mission = `Shenzhou-${n}`;
    const crew = crewOf(random, ['cmsa', 'cmsa', 'cmsa']);
    const base = {
      agencies: [A.cmsa],
      programs: [P.tiangong],
      station: S.tiangong,
      crew,
      broadcaster: 'cmsa' as const,
      launch: makeLaunch(random, nowMs, 'Long March 2F/G', mission, t0),
    };
    const stay = random.int(175, 195) * DAY;
    const at = (offset: number) => ({
      dateMs: t0 + offset,
      expedition: expeditionAt('tiangong', t0 + offset),
    });
    const eva: EventDraft = {
      ...base,
      ...at(random.int(40, 90) * DAY),
      name: `${mission} EVA 1`,
      typeId: 3,
      description: 'Two taikonauts install debris shielding outside the station.',
      location: TIANGONG,
      durationSeconds: random.int(360, 540) * 60,
    };
    if (eva.expedition && eva.dateMs !== null)
      recordSpacewalk(eva.expedition, eva.name, eva.dateMs, eva.durationSeconds ?? 0, TIANGONG);
    return [
      {
        ...base,
        name: `${mission} Launch`,
        typeId: 24,
        dateMs: t0,
        description: `Three taikonauts launch to the Tiangong space station.`,
        location: 'Jiuquan Satellite Launch Center, China',
      },
      {
        ...base,
        ...at(6 * HOUR + 30 * MINUTE),
        name: `${mission} Docking`,
        typeId: 2,
        description: `${mission} docks to the radial port of the Tianhe core module.`,
        location: TIANGONG,
      },
      eva,
      {
        ...base,
        ...at(stay),
        name: `${mission} Undocking`,
        typeId: 8,
        description: `${mission} undocks from Tiangong.`,
        location: TIANGONG,
      },
      {
        ...base,
        ...at(stay + 9 * HOUR),
        name: `${mission} Landing`,
        typeId: 9,
        description: `The ${mission} return capsule lands at the Dongfeng site.`,
        location: 'Dongfeng Landing Site, China',
      },
    ];
  },
};

export const STATION_VISIT_ARCS: readonly ArcKind[] = [cargo, spacewalk, shenzhou];
