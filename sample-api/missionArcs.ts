import type { ArcKind } from './arcs/arcKind.ts';
import { ONE_OFF_ARCS } from './arcs/oneOffArcs.ts';
import { STATION_CREW_ARCS } from './arcs/stationCrewArcs.ts';
import { STATION_VISIT_ARCS } from './arcs/stationVisitArcs.ts';
import { TEST_FLIGHT_ARCS } from './arcs/testFlightArcs.ts';

export type { ArcContext, ArcKind } from './arcs/arcKind.ts';

/** Every kind of arc the generator draws from, in a fixed order (the order is part of the seed). */
export const ARC_KINDS: readonly ArcKind[] = [
  ...STATION_CREW_ARCS,
  ...STATION_VISIT_ARCS,
  ...TEST_FLIGHT_ARCS,
  ...ONE_OFF_ARCS,
];
