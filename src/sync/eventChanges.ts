import type { EventDetailed, VidUrl } from '../api/schemas.ts';
import type { EventChange, EventChangeDetail, NamedValue } from '../db/eventChange.ts';

/*
 * What a delta sync learns about an event it already had: the date moved, the precision firmed up,
 * a webcast appeared or went live, the text changed. Pure and React-free: the sync's page write
 * calls `diffEvent` inside the transaction that stores the incoming record, so a change is recorded
 * exactly when the new version is, never twice and never without it.
 *
 * The record's shape, `EventChange`, is a stored one and so lives in src/db/eventChange.ts.
 */

/**
 * Compares the stored copy of an event with the incoming one and lists what people care about
 * having changed, in a fixed order (date first). Returns [] when nothing of note changed, e.g. a
 * re-fetch of the same data or a change to nested relations only.
 */
export function diffEvent(
  stored: EventDetailed,
  incoming: EventDetailed,
  now: number,
): EventChange[] {
  const details: EventChangeDetail[] = [
    ...dateChanges(stored, incoming),
    ...precisionChanges(stored, incoming),
    ...webcastChanges(stored, incoming),
    ...textChanges(stored, incoming),
  ];
  return details.map((detail) => ({
    ...detail,
    eventId: incoming.id,
    eventName: incoming.name,
    detectedAtMs: now,
    lastUpdated: incoming.last_updated,
  }));
}

/** The record of an event first seen by a delta sync (see the `added` kind). */
export function eventAdded(incoming: EventDetailed, now: number): EventChange {
  return {
    kind: 'added',
    eventId: incoming.id,
    eventName: incoming.name,
    detectedAtMs: now,
    lastUpdated: incoming.last_updated,
  };
}

function instant(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

function dateChanges(stored: EventDetailed, incoming: EventDetailed): EventChangeDetail[] {
  const from = instant(stored.date);
  const to = instant(incoming.date);
  // Compared as instants: "…:00Z" and "…:00.000Z" are the same date.
  if (from === to) return [];
  const deltaMs = from !== null && to !== null ? to - from : null;
  return [{ kind: 'date', from: stored.date, to: incoming.date, deltaMs }];
}

function named(value: { id: number; name: string } | null): NamedValue | null {
  return value === null ? null : { id: value.id, name: value.name };
}

function precisionChanges(stored: EventDetailed, incoming: EventDetailed): EventChangeDetail[] {
  const from = stored.date_precision?.id ?? null;
  const to = incoming.date_precision?.id ?? null;
  if (from === to) return [];
  return [
    {
      kind: 'precision',
      from: named(stored.date_precision),
      to: named(incoming.date_precision),
    },
  ];
}

function webcastChanges(stored: EventDetailed, incoming: EventDetailed): EventChangeDetail[] {
  const before = new Map<string, VidUrl>(stored.vid_urls.map((webcast) => [webcast.url, webcast]));
  const changes: EventChangeDetail[] = [];
  for (const webcast of incoming.vid_urls) {
    const previous = before.get(webcast.url);
    if (previous === undefined) {
      changes.push({
        kind: 'webcast-added',
        url: webcast.url,
        title: webcast.title,
        live: webcast.live,
      });
    } else if (webcast.live && !previous.live) {
      changes.push({ kind: 'webcast-live', url: webcast.url, title: webcast.title });
    }
  }
  const anyWebcastNowLive = changes.some(
    (change) => change.kind === 'webcast-live' || (change.kind === 'webcast-added' && change.live),
  );
  // LL2 sometimes only flips the event's flag; report it once, not on top of a webcast's own.
  if (incoming.webcast_live && !stored.webcast_live && !anyWebcastNowLive) {
    changes.push({ kind: 'webcast-live', url: null, title: null });
  }
  return changes;
}

function textChanges(stored: EventDetailed, incoming: EventDetailed): EventChangeDetail[] {
  const changes: EventChangeDetail[] = [];
  if (stored.name !== incoming.name) {
    changes.push({ kind: 'name', from: stored.name, to: incoming.name });
  }
  if (stored.type.id !== incoming.type.id) {
    changes.push({
      kind: 'type',
      from: { id: stored.type.id, name: stored.type.name },
      to: { id: incoming.type.id, name: incoming.type.name },
    });
  }
  if (stored.description.trim() !== incoming.description.trim()) {
    changes.push({ kind: 'description', from: stored.description, to: incoming.description });
  }
  if ((stored.location ?? '').trim() !== (incoming.location ?? '').trim()) {
    changes.push({ kind: 'location', from: stored.location, to: incoming.location });
  }
  return changes;
}
