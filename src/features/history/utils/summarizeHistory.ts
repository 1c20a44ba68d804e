import type { EventChange } from '../../../db/eventChange.ts';
import { formatShift } from './formatShift.ts';

type DateChange = Extract<EventChange, { kind: 'date' }>;

const TIMES = ['never', 'once', 'twice'];

/** Oldest first: a history reads in the order things happened. */
function chronological<T extends Pick<EventChange, 'detectedAtMs'>>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) => a.detectedAtMs - b.detectedAtMs);
}

function moveText(change: DateChange): string {
  if (change.deltaMs !== null) return formatShift(change.deltaMs);
  return change.to === null ? 'date withdrawn' : 'date announced';
}

/**
 * "moved 3 times: +2 d, +1 h, −30 min" — every date move of one event, oldest first; null when the
 * date never moved.
 */
export function summarizeDateMoves(changes: readonly EventChange[]): string | null {
  const moves = chronological(changes.filter((change) => change.kind === 'date'));
  if (moves.length === 0) return null;
  const times = TIMES[moves.length] ?? `${moves.length} times`;
  return `moved ${times}: ${moves.map(moveText).join(', ')}`;
}

/** Net shift from the first known date to the latest, when both ends had a date. */
export function netDateShift(changes: readonly EventChange[]): number | null {
  const moves = chronological(changes.filter((change) => change.kind === 'date'));
  const first = moves[0];
  const last = moves[moves.length - 1];
  if (first?.from == null || last?.to == null) return null;
  return Date.parse(last.to) - Date.parse(first.from);
}

/** One sync's changes to one event: what the "What changed" list and the history show per line. */
export interface ChangeGroup {
  eventId: number;
  eventName: string;
  detectedAtMs: number;
  changes: EventChange[];
}

/** Groups changes by event and sync, newest first (ties by event name, for a stable order). */
export function groupChanges(changes: readonly EventChange[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const key = `${change.eventId}@${change.detectedAtMs}`;
    const group = groups.get(key);
    if (group) group.changes.push(change);
    else {
      groups.set(key, {
        eventId: change.eventId,
        eventName: change.eventName,
        detectedAtMs: change.detectedAtMs,
        changes: [change],
      });
    }
  }
  return [...groups.values()].sort(
    (a, b) => b.detectedAtMs - a.detectedAtMs || a.eventName.localeCompare(b.eventName),
  );
}
