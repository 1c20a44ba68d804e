import type { createExpeditionLookup } from '../crewedContext.ts';
import type { EventDraft } from '../eventFactory.ts';
import { ASTRONAUTS } from '../organisations.ts';
import type { Random } from '../random.ts';
import { isoDuration, isoInstant } from '../textFormats.ts';
import { SELF_ORIGIN, type Astronaut, type Expedition } from '../types.ts';

export interface ArcContext {
  random: Random;
  nowMs: number;
  expeditionAt: ReturnType<typeof createExpeditionLookup>;
}

/** One mission told as a sequence of events (launch → docking → … → landing), or a one-off. */
export interface ArcKind {
  series: string;
  /** Relative frequency among arcs. */
  weight: number;
  firstNumber: number;
  build(context: ArcContext, startMs: number, number: number): EventDraft[];
}

export const ISS = 'International Space Station';
export const TIANGONG = 'Tiangong Space Station';

/** An expedition lists its first few spacewalks, as LL2's expedition objects do. */
export function recordSpacewalk(
  expedition: Expedition,
  name: string,
  startMs: number,
  durationSeconds: number,
  location: string,
): void {
  if (expedition.spacewalks.length >= 4) return;
  const id = 700 + expedition.id * 4 + expedition.spacewalks.length;
  expedition.spacewalks.unshift({
    response_mode: 'list',
    id,
    url: `${SELF_ORIGIN}/spacewalks/${id}/`,
    name,
    start: isoInstant(startMs),
    end: isoInstant(startMs + durationSeconds * 1000),
    duration: isoDuration(durationSeconds),
    location,
  });
}

export function crewOf(random: Random, groups: (keyof typeof ASTRONAUTS)[]): Astronaut[] {
  return groups.map((group) => random.pick(ASTRONAUTS[group]));
}
