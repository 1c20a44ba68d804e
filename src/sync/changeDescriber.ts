import type { ChangeDescriber } from '../db/eventWrites.ts';
import { diffEvent, eventAdded } from './eventChanges.ts';

/**
 * The change describer the sync hands to the store's write path: what changed in an event it
 * already had, and — only when `recordAdded`, i.e. in a delta over a mirrored archive — that an
 * event is new. All records of one write share the instant `now`.
 */
export function describeChangesAt(now: number, recordAdded: boolean): ChangeDescriber {
  return (stored, incoming) => {
    if (stored !== undefined) return diffEvent(stored, incoming, now);
    return recordAdded ? [eventAdded(incoming, now)] : [];
  };
}
