import type { EventDetailed } from '../../../api/schemas.ts';
import type { EventSummary } from '../../../db/eventSummary.ts';

export interface MissionArc {
  /** Events of the same program or station before this one, earliest first. */
  before: EventSummary[];
  after: EventSummary[];
  /** What ties them together, e.g. "International Space Station". */
  through: string[];
}

/**
 * The events around this one on the same program or space station, in date order, so a mission
 * reads as an arc: launch → docking → spacewalk → undocking → landing. At most `reach` each side.
 */
export function missionArc(
  event: Pick<EventDetailed, 'id' | 'date' | 'program' | 'spacestations'>,
  summaries: readonly EventSummary[],
  reach = 3,
): MissionArc {
  const programIds = new Set(event.program.map((program) => program.id));
  const stationIds = new Set(event.spacestations.map((station) => station.id));
  // A program and its station often share a name ("Tiangong Space Station"): say it once.
  const through = [
    ...new Set([
      ...event.program.map((program) => program.name),
      ...event.spacestations.map((station) => station.name),
    ]),
  ];
  const eventMs = event.date === null ? null : Date.parse(event.date);
  if (eventMs === null || Number.isNaN(eventMs) || through.length === 0) {
    return { before: [], after: [], through };
  }
  const related = summaries.filter(
    (summary) =>
      summary.id !== event.id &&
      summary.dateMs !== null &&
      (summary.programs.some((program) => programIds.has(program.id)) ||
        summary.spacestations.some((station) => stationIds.has(station.id))),
  );
  const byDate = (a: EventSummary, b: EventSummary) =>
    (a.dateMs ?? 0) - (b.dateMs ?? 0) || a.id - b.id;
  // Same instant: the lower id counts as earlier, as in the lists.
  const isBefore = (summary: EventSummary) =>
    (summary.dateMs ?? 0) < eventMs || (summary.dateMs === eventMs && summary.id < event.id);
  const before = related.filter(isBefore).sort(byDate).slice(-reach);
  const after = related
    .filter((summary) => !isBefore(summary))
    .sort(byDate)
    .slice(0, reach);
  return { before, after, through };
}
