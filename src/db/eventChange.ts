/*
 * The record of what a delta sync noticed about an event it already had (built by
 * src/sync/eventChanges.ts, stored in the `eventChanges` table, read by the history views). It
 * lives in src/db because it is a stored shape: the database layer owns it and the sync imports it.
 *
 * Change records are plain, serialisable data with a stable shape: they are stored in IndexedDB
 * and read back by later versions of the app, so fields are only ever added, never renamed.
 */

/** `{id, name}` of an enumeration at the time of the change (names are kept for display). */
export interface NamedValue {
  id: number;
  name: string;
}

export type EventChangeDetail =
  /** `deltaMs` is to − from; null when the event gained or lost its date. */
  | { kind: 'date'; from: string | null; to: string | null; deltaMs: number | null }
  /** Null means the API sent no precision (treated as exact). */
  | { kind: 'precision'; from: NamedValue | null; to: NamedValue | null }
  | { kind: 'webcast-added'; url: string; title: string | null; live: boolean }
  /** `url` is null when only the event's own `webcast_live` flag turned on. */
  | { kind: 'webcast-live'; url: string | null; title: string | null }
  | { kind: 'description'; from: string; to: string }
  | { kind: 'location'; from: string | null; to: string | null }
  | { kind: 'name'; from: string; to: string }
  | { kind: 'type'; from: NamedValue; to: NamedValue }
  /** An event that appeared after the archive was mirrored (recorded by the write path, not diffed). */
  | { kind: 'added' };

export type EventChangeKind = EventChangeDetail['kind'];

/** One change, as stored: which event, when this device noticed it, and what changed. */
export type EventChange = EventChangeDetail & {
  eventId: number;
  /** The event's name in the incoming version, so the "What changed" list reads without a join. */
  eventName: string;
  /** Epoch ms when the sync saw the change (all changes of one sync of one event share it). */
  detectedAtMs: number;
  /** The incoming record's `last_updated`: the server's own time of the change. */
  lastUpdated: string;
};
