import { AGENCIES as A, PROGRAMS as P, STATIONS as S } from '../organisations.ts';
import { ISS, type ArcKind } from './arcKind.ts';

const CELESTIAL = [
  'Total Lunar Eclipse',
  'Perseid Meteor Shower Peak',
  'Geminid Meteor Shower Peak',
  'Annular Solar Eclipse',
  'Jupiter at Opposition',
  'Saturn Ring Plane Crossing',
];
const PRESS = [
  'NASA Budget Briefing',
  'ESA Council Press Conference',
  'Space Station Research Briefing',
  'Commercial Space Industry Town Hall',
];

/** Single events that belong to no mission: sky events, briefings, hearings, tests. */
const oneOff: ArcKind = {
  series: 'Misc',
  weight: 1.5,
  firstNumber: 1,
  build({ random }, t0, n) {
    const variant = n % 6;
    if (variant === 0)
      return [
        {
          name: `${random.pick(CELESTIAL)} ${new Date(t0).getUTCFullYear()}`,
          typeId: 11,
          dateMs: t0,
          description: 'A sky event visible from parts of the Earth.',
          location: null,
          agencies: [],
          programs: [],
          station: null,
          broadcaster: 'nasa',
          webcasts: random.int(0, 1),
        },
      ];
    if (variant === 1)
      return [
        {
          name: `${random.pick(PRESS)} #${n}`,
          typeId: 20,
          dateMs: t0,
          description: 'Officials brief the media and take questions.',
          location: 'Washington, D.C., USA',
          agencies: [A.nasa],
          programs: [],
          station: null,
          broadcaster: 'nasa',
        },
      ];
    if (variant === 2)
      return [
        {
          name: `House Science Committee Hearing on Human Spaceflight #${n}`,
          typeId: 28,
          dateMs: t0,
          description: 'Lawmakers hear testimony on the future of crewed exploration.',
          location: 'Washington, D.C., USA',
          agencies: [A.nasa],
          programs: [P.artemis],
          station: null,
          broadcaster: 'nasa',
        },
      ];
    if (variant === 3)
      return [
        {
          name: `Gaganyaan Test Vehicle Abort Test TV-D${n}`,
          typeId: 10,
          dateMs: t0,
          description: 'A test vehicle checks the crew escape system in flight.',
          location: 'Satish Dhawan Space Centre, India',
          agencies: [A.isro],
          programs: [P.gaganyaan],
          station: null,
          broadcaster: 'isro',
        },
      ];
    if (variant === 4)
      return [
        {
          name: `Kibo CubeSat Deployment ${n}`,
          typeId: 26,
          dateMs: t0,
          description: 'Small satellites are deployed from the Japanese airlock.',
          location: ISS,
          agencies: [A.jaxa],
          programs: [P.iss],
          station: S.iss,
          broadcaster: 'jaxa',
        },
      ];
    return [
      {
        name: random.chance(0.5) ? `Emergency Egress Rehearsal ${n}` : `Unnamed Station Event ${n}`,
        typeId: random.chance(0.5) ? 18 : random.pick([1, 6]),
        dateMs: t0,
        description: 'Details to be announced.',
        location: random.chance(0.5) ? ISS : null,
        agencies: [A.nasa],
        programs: [P.iss],
        station: S.iss,
        broadcaster: 'nasa',
      },
    ];
  },
};

export const ONE_OFF_ARCS: readonly ArcKind[] = [oneOff];
