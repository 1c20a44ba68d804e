import type { EventDetailed } from '../../../api/schemas.ts';
import type { EventSummary } from '../../../db/eventSummary.ts';
import { vehicleName } from '../../../ui/stations/stationStays.ts';

/** The station around an event reaches this far each side: beyond it, it is another story. */
export const AROUND_MS = 30 * 86_400_000;

interface ArcSide {
  before: EventSummary[];
  after: EventSummary[];
}

export interface MissionArc {
  /**
   * The event's own vehicle and mission: the events sharing a launch with it (launch, docking,
   * hatch opening, spacewalks, undocking, landing), in date order. `name` from the launch.
   */
  mission: ArcSide & { name: string | null };
  /**
   * What else happened at its station (at its program, where it names no station) within
   * AROUND_MS, the mission's own events left out. `through` names the station or program.
   */
  around: ArcSide & { through: string[] };
}

const byDate = (a: EventSummary, b: EventSummary) =>
  (a.dateMs ?? 0) - (b.dateMs ?? 0) || a.id - b.id;

/**
 * The story around an event: first its own mission, paired through the launch as on the
 * stations' timeline, then the station around it in time. Grouping by program or station alone
 * would join unrelated vehicles years apart (a 2020 Crew Dragon undocking before a 2025 Soyuz
 * farewell). At most `reach` events of the station each side; the mission is shown whole, up to
 * `missionReach` each side.
 */
export function missionArc(
  event: Pick<EventDetailed, 'id' | 'date' | 'program' | 'spacestations' | 'launches'>,
  summaries: readonly EventSummary[],
  reach = 3,
  missionReach = 12,
): MissionArc {
  const launchIds = new Set(event.launches.map((launch) => launch.id));
  const stationIds = new Set(event.spacestations.map((station) => station.id));
  const programIds = new Set(event.program.map((program) => program.id));
  const byStation = stationIds.size > 0;
  const through = byStation
    ? event.spacestations.map((station) => station.name)
    : event.program.map((program) => program.name);
  const firstLaunch = event.launches[0];
  const name = firstLaunch === undefined ? null : vehicleName(firstLaunch.name);
  const empty: MissionArc = {
    mission: { name, before: [], after: [] },
    around: { through, before: [], after: [] },
  };
  const eventMs = event.date === null ? null : Date.parse(event.date);
  if (eventMs === null || Number.isNaN(eventMs)) return empty;

  // Same instant: the lower id counts as earlier, as in the lists.
  const isBefore = (summary: EventSummary) =>
    (summary.dateMs ?? 0) < eventMs || (summary.dateMs === eventMs && summary.id < event.id);
  const split = (events: EventSummary[], sideReach: number): ArcSide => ({
    before: events.filter(isBefore).sort(byDate).slice(-sideReach),
    after: events
      .filter((summary) => !isBefore(summary))
      .sort(byDate)
      .slice(0, sideReach),
  });

  const others = summaries.filter((summary) => summary.id !== event.id && summary.dateMs !== null);
  const inMission = (summary: EventSummary) =>
    summary.launches.some((launch) => launchIds.has(launch.id));
  const mission = others.filter(inMission);
  const around = others.filter(
    (summary) =>
      !inMission(summary) &&
      Math.abs((summary.dateMs ?? 0) - eventMs) <= AROUND_MS &&
      (byStation
        ? summary.spacestations.some((station) => stationIds.has(station.id))
        : summary.programs.some((program) => programIds.has(program.id))),
  );
  return {
    mission: { name, ...split(mission, missionReach) },
    around: { through, ...split(around, reach) },
  };
}
