import { describe, expect, it } from 'vitest';
import { EventDetailed } from '../api/schemas.ts';
import { makeDatePrecision, makeEvent, makeVidUrl } from '../api/testing/eventFactory.ts';
import { diffEvent, eventAdded } from './eventChanges.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('diffEvent', () => {
  it('records nothing when the same version arrives again', () => {
    const stored = makeEvent();
    expect(diffEvent(stored, structuredClone(stored), NOW)).toEqual([]);
  });

  it('ignores changes that do not matter to people (nested relations, last_updated)', () => {
    const stored = makeEvent();
    const incoming = { ...stored, last_updated: '2026-03-01T11:00:00Z', agencies: [] };
    expect(diffEvent(stored, incoming, NOW)).toEqual([]);
  });

  it('records a moved date with how far it moved, stamped with the event and the time', () => {
    const stored = makeEvent({ date: '2026-04-10T10:00:00Z' });
    const incoming = { ...stored, date: '2026-04-12T10:00:00Z', last_updated: '2026-03-01T11:00Z' };
    expect(diffEvent(stored, incoming, NOW)).toEqual([
      {
        kind: 'date',
        from: '2026-04-10T10:00:00Z',
        to: '2026-04-12T10:00:00Z',
        deltaMs: 2 * 86_400_000,
        eventId: stored.id,
        eventName: stored.name,
        detectedAtMs: NOW,
        lastUpdated: '2026-03-01T11:00Z',
      },
    ]);
  });

  it('records an earlier date as a negative move', () => {
    const stored = makeEvent({ date: '2026-04-10T10:00:00Z' });
    const [change] = diffEvent(stored, { ...stored, date: '2026-04-10T09:30:00Z' }, NOW);
    expect(change).toMatchObject({ kind: 'date', deltaMs: -30 * 60_000 });
  });

  it('treats two spellings of the same instant as the same date', () => {
    const stored = makeEvent({ date: '2026-04-10T10:00:00Z' });
    expect(diffEvent(stored, { ...stored, date: '2026-04-10T10:00:00.000Z' }, NOW)).toEqual([]);
  });

  it('records a date that appears or disappears without a delta', () => {
    const stored = makeEvent({ date: null });
    const [change] = diffEvent(stored, { ...stored, date: '2026-04-10T10:00:00Z' }, NOW);
    expect(change).toMatchObject({ kind: 'date', from: null, deltaMs: null });
  });

  it('records precision changes, including to and from null (exact)', () => {
    const stored = makeEvent({ date_precision: makeDatePrecision(7) });
    expect(diffEvent(stored, { ...stored, date_precision: makeDatePrecision(5) }, NOW)).toEqual([
      expect.objectContaining({
        kind: 'precision',
        from: { id: 7, name: 'Month' },
        to: { id: 5, name: 'Day' },
      }),
    ]);
    expect(diffEvent(stored, { ...stored, date_precision: null }, NOW)).toEqual([
      expect.objectContaining({ kind: 'precision', to: null }),
    ]);
  });

  it('records a new webcast and a webcast going live', () => {
    const first = makeVidUrl({ url: 'https://www.youtube.com/watch?v=a', live: false });
    const stored = makeEvent({ vid_urls: [first] });
    const incoming = {
      ...stored,
      webcast_live: true,
      vid_urls: [
        { ...first, live: true },
        makeVidUrl({ url: 'https://www.youtube.com/watch?v=b', title: 'Replay', live: false }),
      ],
    };
    const changes = diffEvent(stored, incoming, NOW);
    expect(changes.map((change) => change.kind)).toEqual(['webcast-live', 'webcast-added']);
    expect(changes[0]).toMatchObject({ url: 'https://www.youtube.com/watch?v=a' });
    expect(changes[1]).toMatchObject({ title: 'Replay', live: false });
  });

  it('reports the event flag going live once when no webcast says so itself', () => {
    const stored = makeEvent({ webcast_live: false });
    const changes = diffEvent(stored, { ...stored, webcast_live: true }, NOW);
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'webcast-live', url: null, title: null }),
    ]);
  });

  it('does not report a webcast that ended or was removed as a change', () => {
    const live = makeVidUrl({ live: true });
    const stored = makeEvent({ vid_urls: [live], webcast_live: true });
    expect(
      diffEvent(
        stored,
        { ...stored, webcast_live: false, vid_urls: [{ ...live, live: false }] },
        NOW,
      ),
    ).toEqual([]);
    expect(diffEvent(stored, { ...stored, vid_urls: [] }, NOW)).toEqual([]);
  });

  it('records description, location, name and type changes with both versions', () => {
    const stored = makeEvent({ name: 'Old', description: 'A', location: 'ISS' });
    const incoming: EventDetailed = {
      ...stored,
      name: 'New',
      description: 'B',
      location: null,
      type: { id: 3, name: 'EVA' },
    };
    expect(diffEvent(stored, incoming, NOW).map(({ kind }) => kind)).toEqual([
      'name',
      'type',
      'description',
      'location',
    ]);
    expect(diffEvent(stored, incoming, NOW)[3]).toMatchObject({ from: 'ISS', to: null });
  });

  it('ignores whitespace-only text edits', () => {
    const stored = makeEvent({ description: 'Docking.', location: 'ISS' });
    expect(
      diffEvent(stored, { ...stored, description: 'Docking.\n', location: ' ISS' }, NOW),
    ).toEqual([]);
  });

  it('produces records that survive structured cloning unchanged (they are stored as is)', () => {
    const stored = makeEvent({ date: '2026-04-10T10:00:00Z' });
    const changes = diffEvent(
      stored,
      { ...stored, date: '2026-04-11T10:00:00Z', vid_urls: [], webcast_live: true },
      NOW,
    );
    expect(structuredClone(changes)).toEqual(changes);
    expect(EventDetailed.safeParse(stored).success).toBe(true);
  });
});

describe('eventAdded', () => {
  it('stamps an appearance with the event and the time', () => {
    const event = makeEvent();
    expect(eventAdded(event, NOW)).toEqual({
      kind: 'added',
      eventId: event.id,
      eventName: event.name,
      detectedAtMs: NOW,
      lastUpdated: event.last_updated,
    });
  });
});
