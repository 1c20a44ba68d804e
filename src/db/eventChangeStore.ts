import type { EventChange } from './eventChange.ts';
import type { SourceDatabase, StoredEventChange } from './sourceDatabase.ts';

/*
 * Reads of the change history (sync writes it in eventWrites.ts): an event's own changes, the
 * "What changed" list, the list's new/changed marks and calendar SEQUENCE numbers. Kept apart
 * from the write paths so the list's first download does not carry them.
 */

/** What was noticed changing about one event, oldest first. */
export async function loadEventChanges(
  db: SourceDatabase,
  eventId: number,
): Promise<EventChange[]> {
  const changes = await db.eventChanges.where('eventId').equals(eventId).sortBy('seq');
  return changes.map(withoutSeq);
}

/** Every change noticed at or after `sinceMs`, oldest first (e.g. "what changed this week"). */
export async function loadChangesSince(
  db: SourceDatabase,
  sinceMs: number,
): Promise<EventChange[]> {
  const changes = await db.eventChanges.where('detectedAtMs').aboveOrEqual(sinceMs).sortBy('seq');
  return changes.map(withoutSeq);
}

/** The latest changes of the source, newest first (ties: the later recorded first), at most `limit`. */
export async function loadRecentChanges(db: SourceDatabase, limit: number): Promise<EventChange[]> {
  const rows = await db.eventChanges.orderBy('seq').reverse().limit(limit).toArray();
  return rows.map(withoutSeq);
}

/** How many changes are recorded per event: a calendar entry's SEQUENCE. */
export async function countChangesByEvent(
  db: SourceDatabase,
  eventIds: readonly number[],
): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  if (eventIds.length === 0) return counts;
  await db.eventChanges
    .where('eventId')
    .anyOf([...eventIds])
    .each((row) => {
      counts.set(row.eventId, (counts.get(row.eventId) ?? 0) + 1);
    });
  return counts;
}

function withoutSeq({ seq: _seq, ...change }: StoredEventChange): EventChange {
  return change;
}
