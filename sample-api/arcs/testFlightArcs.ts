import { makeLaunch } from '../crewedContext.ts';
import type { EventDraft } from '../eventFactory.ts';
import { AGENCIES as A, PROGRAMS as P } from '../organisations.ts';
import type { ArcKind } from './arcKind.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Development campaigns: Starship flight tests and Artemis missions. */
const starship: ArcKind = {
  series: 'Starship Flight',
  weight: 1,
  firstNumber: 6,
  build({ random, nowMs }, t0, n) {
    const mission = `Starship Flight ${n}`;
    const base = {
      agencies: [A.spacex],
      programs: [P.starship],
      station: null,
      broadcaster: 'spacex' as const,
    };
    const pad = 'Starbase, TX, USA';
    return [
      {
        ...base,
        name: `${mission} Booster Static Fire`,
        typeId: 5,
        dateMs: t0 - random.int(20, 40) * DAY,
        description: 'The Super Heavy booster fires its Raptor engines on the pad.',
        location: pad,
      },
      {
        ...base,
        name: `${mission} Ship Static Fire`,
        typeId: 5,
        dateMs: t0 - random.int(10, 19) * DAY,
        description: 'The ship fires its engines at the Massey test site.',
        location: pad,
      },
      {
        ...base,
        name: `${mission} Rollout`,
        typeId: 27,
        dateMs: t0 - 2 * DAY,
        description: 'The stack rolls out to the orbital launch pad.',
        location: pad,
      },
      {
        ...base,
        name: mission,
        typeId: 14,
        dateMs: t0,
        description: `${mission} tests the full Starship stack on a suborbital trajectory.`,
        location: pad,
        launch: makeLaunch(random, nowMs, 'Starship', mission, t0),
      },
      {
        ...base,
        name: `${mission} Payload Deployment Demonstration`,
        typeId: 26,
        dateMs: t0 + 38 * MINUTE,
        description: 'The ship deploys dummy satellites through its payload door.',
        location: 'Suborbital trajectory',
      },
      {
        ...base,
        name: `${mission} Ship Splashdown`,
        typeId: 9,
        dateMs: t0 + 66 * MINUTE,
        description: 'The ship performs a controlled splashdown in the Indian Ocean.',
        location: 'Indian Ocean',
      },
    ];
  },
};

const artemis: ArcKind = {
  series: 'Artemis',
  weight: 0.25,
  firstNumber: 2,
  build({ random, nowMs }, t0, n) {
    const mission = `Artemis ${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][(n - 1) % 10] ?? String(n)}${n > 10 ? `-${n}` : ''}`;
    const base = {
      agencies: [A.nasa, A.esa],
      programs: [P.artemis],
      station: null,
      broadcaster: random.chance(0.3) ? ('esa' as const) : ('nasa' as const),
    };
    const ksc = 'Kennedy Space Center, FL, USA';
    const drafts: EventDraft[] = [
      {
        ...base,
        name: `${mission} Orion Ambient Pressure Test`,
        typeId: 19,
        dateMs: t0 - 120 * DAY,
        description: 'Orion is pressure-tested at ambient temperature.',
        location: ksc,
      },
      {
        ...base,
        name: `${mission} Core Stage Cryoproof Test`,
        typeId: 21,
        dateMs: t0 - 90 * DAY,
        description: 'The core stage is loaded with cryogenic propellants.',
        location: ksc,
      },
      {
        ...base,
        name: `${mission} Rollout to Launch Pad 39B`,
        typeId: 27,
        dateMs: t0 - 30 * DAY,
        description: 'The crawler carries the stack to the pad.',
        location: ksc,
      },
      {
        ...base,
        name: `${mission} Wet Dress Rehearsal`,
        typeId: 22,
        dateMs: t0 - 20 * DAY,
        description: 'The launch team runs the countdown with a fuelled vehicle.',
        location: ksc,
      },
      {
        ...base,
        name: `${mission} Launch`,
        typeId: 24,
        dateMs: t0,
        description: `SLS launches Orion on ${mission}.`,
        location: ksc,
        launch: makeLaunch(random, nowMs, 'Space Launch System (SLS)', mission, t0),
      },
      {
        ...base,
        name: `${mission} Trans-Lunar Injection`,
        typeId: 16,
        dateMs: t0 + 25 * HOUR,
        description: 'The upper stage sends Orion toward the Moon.',
        location: 'Earth orbit',
      },
      {
        ...base,
        name: `${mission} Lunar Flyby`,
        typeId: 23,
        dateMs: t0 + 5 * DAY,
        description: 'Orion passes close to the far side of the Moon.',
        location: 'Moon',
      },
    ];
    if (n >= 3)
      drafts.push({
        ...base,
        name: `${mission} Moon Landing`,
        typeId: 7,
        dateMs: t0 + 6 * DAY,
        description: 'The landing vehicle touches down near the lunar south pole.',
        location: 'Moon',
      });
    drafts.push({
      ...base,
      name: `${mission} Splashdown`,
      typeId: 9,
      dateMs: t0 + 10 * DAY,
      description: 'Orion splashes down in the Pacific Ocean.',
      location: 'Pacific Ocean',
    });
    return drafts;
  },
};

export const TEST_FLIGHT_ARCS: readonly ArcKind[] = [starship, artemis];
