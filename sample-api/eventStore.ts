import type { StoredEvent } from './types.ts';

/** A stored event with the values queries compare, computed once per write. */
export interface IndexedEvent {
  event: StoredEvent;
  dateMs: number | null;
  lastUpdatedMs: number;
  nameLower: string;
}

export function indexEvent(event: StoredEvent): IndexedEvent {
  return {
    event,
    dateMs: event.date === null ? null : Date.parse(event.date),
    lastUpdatedMs: Date.parse(event.last_updated),
    nameLower: event.name.toLowerCase(),
  };
}

/** The events the server answers from, in id order, editable by the admin endpoints. */
export interface EventStore {
  all(): readonly IndexedEvent[];
  get(id: number): IndexedEvent | undefined;
  /** Inserts or replaces by id. */
  put(event: StoredEvent): IndexedEvent;
  remove(id: number): boolean;
  replaceAll(events: readonly StoredEvent[]): void;
  /** Changes on every write; lets callers cache sorted views. */
  readonly version: number;
}

export function createEventStore(initial: readonly StoredEvent[]): EventStore {
  let byId = new Map<number, IndexedEvent>();
  let ordered: IndexedEvent[] | null = null;
  let version = 0;
  const replaceAll = (events: readonly StoredEvent[]) => {
    byId = new Map(events.map((event) => [event.id, indexEvent(event)]));
    ordered = null;
    version++;
  };
  replaceAll(initial);
  return {
    all() {
      ordered ??= [...byId.values()].sort((a, b) => a.event.id - b.event.id);
      return ordered;
    },
    get: (id) => byId.get(id),
    put(event) {
      const indexed = indexEvent(event);
      byId.set(event.id, indexed);
      ordered = null;
      version++;
      return indexed;
    },
    remove(id) {
      const removed = byId.delete(id);
      if (removed) {
        ordered = null;
        version++;
      }
      return removed;
    },
    replaceAll,
    get version() {
      return version;
    },
  };
}
