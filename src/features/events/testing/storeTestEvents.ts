import type { EventDetailed } from '../../../api/schemas.ts';
import { toEventSummary } from '../../../db/eventSummary.ts';
import type { SourceDatabase } from '../../../db/sourceDatabase.ts';

/**
 * Seeds a test database the way sync stores events (full record plus its summary), without the
 * sync write path's bookkeeping, which these UI tests are not about.
 */
export async function storeTestEvents(db: SourceDatabase, events: EventDetailed[]): Promise<void> {
  await db.transaction('rw', [db.events, db.eventSummaries], async () => {
    await db.events.bulkPut(events);
    await db.eventSummaries.bulkPut(events.map(toEventSummary));
  });
}
