import type { EventChange } from '../../db/eventChange.ts';

export type RecentMark = 'new' | 'changed';

/**
 * Which events are New or Changed since `sinceMs` (the user's last visit). An event that appeared
 * and then changed again is still New: that is the more useful thing to know about it.
 */
export function marksSince(
  changes: readonly EventChange[],
  sinceMs: number | null,
): Map<number, RecentMark> {
  const marks = new Map<number, RecentMark>();
  if (sinceMs === null) return marks;
  for (const change of changes) {
    if (change.detectedAtMs <= sinceMs) continue;
    if (change.kind === 'added') marks.set(change.eventId, 'new');
    else if (!marks.has(change.eventId)) marks.set(change.eventId, 'changed');
  }
  return marks;
}
