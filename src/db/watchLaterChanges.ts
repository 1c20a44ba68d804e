import { liveQuery } from 'dexie';

/**
 * Calls `onChange` each time the result of `query` changes after subscribing, whether the write was
 * made by this tab or another (Dexie propagates its change events across tabs). Returns the
 * unsubscribe function.
 */
export function watchLaterChanges(query: () => Promise<unknown>, onChange: () => void): () => void {
  let first = true;
  const subscription = liveQuery(query).subscribe({
    next: () => {
      // liveQuery emits the current value once on subscribe: that is not a change.
      if (first) {
        first = false;
        return;
      }
      onChange();
    },
    error: () => {
      // A closed or deleted database ends the watch; the source provider re-subscribes to the
      // database it opens next.
    },
  });
  return () => {
    subscription.unsubscribe();
  };
}
