import { DATE_PRECISIONS, EVENT_TYPES } from './catalog.ts';
import { createEventStore, type EventStore, type IndexedEvent } from './eventStore.ts';
import { generateEvents, type DataSetOptions } from './generateEvents.ts';
import { parseDateTime } from './eventQuery.ts';
import { isoInstant, slugify } from './textFormats.ts';
import type { StoredEvent, VidUrl } from './types.ts';

/** Fields an edit may change; anything else in a request is rejected. */
export interface EventChanges {
  name?: string;
  description?: string;
  date?: string | null;
  location?: string | null;
  slug?: string;
  typeId?: number;
  datePrecisionId?: number | null;
  duration?: string | null;
  webcastLive?: boolean;
  vidUrls?: VidUrl[];
  imageNull?: boolean;
  /** Appends an update written by `created_by` (default "sample-admin"). */
  addUpdate?: { comment: string; info_url?: string | null; created_by?: string };
}

export class EventEditError extends Error {}

/** The data set a sample server answers from, plus the edits tests make to it. */
export interface SampleData {
  readonly options: DataSetOptions;
  readonly store: EventStore;
  /** All events in id order. */
  events(): readonly StoredEvent[];
  get(id: number): StoredEvent | undefined;
  /** Applies changes and bumps `last_updated` past every other event, as a real edit would. */
  edit(id: number, changes: EventChanges): StoredEvent;
  remove(id: number): boolean;
  /** Adds a new event with the next free id. */
  create(changes: EventChanges & { name: string; typeId: number }): StoredEvent;
  /** Regenerates the data set (optionally with other options), dropping every edit. */
  reset(overrides?: Partial<DataSetOptions>): void;
}

/** `fixedEvents`, when given, are served instead of generated ones (and restored by `reset`). */
export function createSampleData(
  initial: DataSetOptions,
  clock: () => number,
  fixedEvents?: readonly StoredEvent[],
): SampleData {
  let options = initial;
  const build = () => (fixedEvents ? structuredClone([...fixedEvents]) : generateEvents(options));
  const store = createEventStore(build());
  let nextUpdateId = 9_000_000;

  const editInstant = (): string => {
    let newest = 0;
    for (const item of store.all()) newest = Math.max(newest, item.lastUpdatedMs);
    return isoInstant(Math.max(clock(), newest + 1000));
  };

  const applyChanges = (
    event: StoredEvent,
    changes: EventChanges,
    lastUpdated: string,
  ): StoredEvent => {
    const next: StoredEvent = { ...event, last_updated: lastUpdated };
    if (changes.name !== undefined) next.name = changes.name;
    if (changes.description !== undefined) next.description = changes.description;
    if (changes.location !== undefined) next.location = changes.location;
    if (changes.slug !== undefined) next.slug = changes.slug;
    if (changes.duration !== undefined) next.duration = changes.duration;
    if (changes.date !== undefined) {
      const ms = changes.date === null ? null : parseDateTime(changes.date);
      if (changes.date !== null && ms === null)
        throw new EventEditError(`date: "${changes.date}" is not a valid date/time`);
      next.date = ms === null ? null : isoInstant(ms);
    }
    if (changes.typeId !== undefined) {
      const type = EVENT_TYPES.find((candidate) => candidate.id === changes.typeId);
      if (!type) throw new EventEditError(`typeId: no event type ${changes.typeId}`);
      next.type = type;
    }
    if (changes.datePrecisionId !== undefined) {
      const precision =
        changes.datePrecisionId === null ? null : DATE_PRECISIONS[changes.datePrecisionId];
      if (precision === undefined)
        throw new EventEditError(`datePrecisionId: no precision ${changes.datePrecisionId}`);
      next.date_precision = precision;
    }
    if (changes.vidUrls !== undefined) next.vid_urls = changes.vidUrls;
    if (changes.webcastLive !== undefined) next.webcast_live = changes.webcastLive;
    if (changes.imageNull) next.image = null;
    if (changes.addUpdate) {
      next.updates = [
        ...event.updates,
        {
          id: ++nextUpdateId,
          profile_image: null,
          comment: changes.addUpdate.comment,
          info_url: changes.addUpdate.info_url ?? null,
          created_by: changes.addUpdate.created_by ?? 'sample-admin',
          created_on: lastUpdated,
        },
      ];
    }
    return next;
  };

  const data: SampleData = {
    get options() {
      return options;
    },
    store,
    events: () => store.all().map((item: IndexedEvent) => item.event),
    get: (id) => store.get(id)?.event,
    edit(id, changes) {
      const current = store.get(id);
      if (!current) throw new EventEditError(`No event with id ${id}`);
      return store.put(applyChanges(current.event, changes, editInstant())).event;
    },
    remove: (id) => store.remove(id),
    create(changes) {
      const all = store.all();
      const id = (all[all.length - 1]?.event.id ?? 99) + 1;
      const lastUpdated = editInstant();
      const blank: StoredEvent = {
        id,
        name: changes.name,
        info_urls: [],
        vid_urls: [],
        image: null,
        date: lastUpdated,
        slug: slugify(changes.name),
        type: EVENT_TYPES[0] ?? { id: 1, name: 'Unknown' },
        description: '',
        webcast_live: false,
        location: null,
        date_precision: null,
        duration: null,
        updates: [],
        last_updated: lastUpdated,
        agencies: [],
        launches: [],
        expeditions: [],
        spacestations: [],
        program: [],
        astronauts: [],
      };
      return store.put(applyChanges(blank, changes, lastUpdated)).event;
    },
    reset(overrides) {
      options = { ...options, ...overrides };
      store.replaceAll(build());
    },
  };
  return data;
}
