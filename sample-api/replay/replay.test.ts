import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { representEvent } from '../representation.ts';
import { makeStoredEvent, makeWebcast } from '../testEvents.ts';
import type { StoredEvent } from '../types.ts';
import { loadRecorded, replayRecords, ReplaySourceError } from './loadRecorded.ts';
import { replayRequestFromEnv } from './replaySource.ts';
import { scaleRecorded } from './scaleRecorded.ts';

/** A recorded 2.3.0 record in `mode`, as LL2 sends it (with url and response_mode). */
function recorded(event: StoredEvent, mode: 'list' | 'normal' | 'detailed') {
  return { ...representEvent(event, mode), url: `https://ll.example/2.3.0/events/${event.id}/` };
}

const v220 = (id: number, name: string) => ({
  id,
  url: `https://ll.thespacedevs.com/2.2.0/event/${id}/`,
  slug: `e-${id}`,
  name,
  updates: [],
  type: { id: 3, name: 'EVA' },
  description: '',
  webcast_live: false,
  location: null,
  news_url: null,
  video_url: null,
  feature_image: null,
  date: '2021-05-01T10:00:00Z',
  launches: [],
  expeditions: [],
  spacestations: [],
  program: [],
});

describe('replaying recorded records', () => {
  it('keeps one event per id: the richest record, then the most recently updated', () => {
    const base = makeStoredEvent({ id: 5, name: 'Five', last_updated: '2025-01-01T00:00:00Z' });
    const newer = { ...base, name: 'Five, edited', last_updated: '2025-06-01T00:00:00Z' };
    const { events, summary } = replayRecords([
      { name: 'old.json', records: [v220(5, 'Five (2.2.0)'), v220(6, 'Six (2.2.0)')] },
      { name: 'normal.json', records: [recorded(newer, 'normal'), recorded(base, 'detailed')] },
      { name: 'list.json', records: [recorded(makeStoredEvent({ id: 6, name: 'Six' }), 'list')] },
    ]);
    // Detailed beats a newer normal record of the same id; 2.3.0 list beats 2.2.0 detailed.
    expect(events.map((event) => [event.id, event.name])).toEqual([
      [5, 'Five'],
      [6, 'Six'],
    ]);
    expect(summary.bySource).toEqual({
      'v230-detailed': 1,
      'v230-normal': 0,
      'v230-list': 1,
      'v220-detailed': 0,
    });
    expect(summary.duplicates).toBe(3);
    expect(summary.records).toBe(5);
  });

  it('at equal richness keeps the newer record', () => {
    const base = makeStoredEvent({ id: 5, name: 'Five', last_updated: '2025-01-01T00:00:00Z' });
    const newer = { ...base, name: 'Five, edited', last_updated: '2025-06-01T00:00:00Z' };
    const { events } = replayRecords([
      { name: 'a.json', records: [recorded(newer, 'normal'), recorded(base, 'normal')] },
    ]);
    expect(events.map((event) => event.name)).toEqual(['Five, edited']);
  });

  it('fills what a mode leaves out with "none", never with invented values', () => {
    const event = makeStoredEvent({
      id: 9,
      name: 'Nine',
      date: '2024-02-02T02:02:02Z',
      updates: [
        {
          id: 1,
          profile_image: null,
          comment: 'x',
          info_url: null,
          created_by: null,
          created_on: '2024-01-01T00:00:00Z',
        },
      ],
    });
    const [fromList] = replayRecords([
      { name: 'l.json', records: [recorded(event, 'list')] },
    ]).events;
    expect(fromList?.updates).toEqual([]);
    expect(fromList?.program).toEqual([]);
    expect(fromList?.last_updated).toBe('2024-02-02T02:02:02Z');
  });

  it('reports a bad record by file, index and field, and serves the rest', () => {
    const good = recorded(makeStoredEvent({ id: 1, name: 'One' }), 'normal');
    const { events, summary } = replayRecords([
      {
        name: 'mixed.json',
        records: [good, { ...good, id: 2, date: 'soon' }, 'text', { id: 3, name: 'no shape' }],
      },
    ]);
    expect(events.map((event) => event.id)).toEqual([1]);
    expect(summary.skipped).toEqual([
      { file: 'mixed.json', index: 1, reason: 'event 2: date "soon" is not a date/time' },
      { file: 'mixed.json', index: 2, reason: 'the record is not an object' },
      {
        file: 'mixed.json',
        index: 3,
        reason: expect.stringMatching(/neither a 2\.3\.0 event/) as string,
      },
    ]);
  });

  describe('from disk', () => {
    let folder: string;
    beforeAll(() => {
      folder = mkdtempSync(path.join(tmpdir(), 'replay-'));
      const page = {
        count: 1,
        next: null,
        previous: null,
        results: [recorded(makeStoredEvent({ id: 7, name: 'Seven' }), 'detailed')],
      };
      writeFileSync(path.join(folder, 'page.json'), JSON.stringify(page));
      writeFileSync(path.join(folder, 'array.json'), JSON.stringify([v220(8, 'Eight')]));
      writeFileSync(path.join(folder, 'openapi.json'), JSON.stringify({ openapi: '3.0.3' }));
      writeFileSync(path.join(folder, 'broken.txt'), '{');
    });

    it('reads arrays and paged responses from a folder, passing over JSON that holds no events', () => {
      const { events, summary } = loadRecorded(folder);
      expect(events.map((event) => event.id)).toEqual([7, 8]);
      expect(summary.ignoredFiles).toEqual([
        { file: 'openapi.json', reason: 'not an array of events nor a paged response' },
      ]);
    });

    it('says what is wrong with a path it cannot replay', () => {
      expect(() => loadRecorded(path.join(folder, 'missing'))).toThrow(ReplaySourceError);
      expect(() => loadRecorded(path.join(folder, 'openapi.json'))).toThrow(/holds no events/);
      writeFileSync(path.join(folder, 'bad.json'), '{"results": [');
      expect(() => loadRecorded(path.join(folder, 'bad.json'))).toThrow(/bad\.json is not JSON/);
    });
  });
});

describe('scaling recorded events', () => {
  const live = makeStoredEvent({
    id: 40,
    name: 'Stale live flag',
    webcast_live: true,
    date: '2021-03-10T12:00:00Z',
    last_updated: '2021-03-11T00:00:00Z',
    vid_urls: [
      { ...makeWebcast('https://youtu.be/x'), start_time: '2021-03-10T11:00:00Z', end_time: null },
    ],
  });
  const other = makeStoredEvent({ id: 12, name: 'Other', date: null });

  it('repeats records with new ids and every instant moved back by whole weeks', () => {
    const scaled = scaleRecorded([live, other], 5);
    expect(scaled.map((event) => event.id)).toEqual([12, 40, 41, 42, 43]);
    const copy = scaled[3];
    expect(copy?.name).toBe('Stale live flag');
    expect(copy?.slug).toBe('stale-live-flag-r1');
    expect(copy?.date).toBe('2021-03-03T12:00:00Z');
    expect(copy?.last_updated).toBe('2021-03-04T00:00:00Z');
    expect(copy?.vid_urls[0]?.start_time).toBe('2021-03-03T11:00:00Z');
    // Stale flags stay: they are part of what real data looks like.
    expect(copy?.webcast_live).toBe(true);
    expect(scaled[2]?.date).toBeNull();
    expect(scaleRecorded([live, other], 6)[5]?.date).toBe('2021-02-24T12:00:00Z');
    expect(new Set(scaled.map((event) => event.id)).size).toBe(5);
  });

  it('gives the first records by id when asked for fewer, and refuses a bad count', () => {
    expect(scaleRecorded([live, other], 1).map((event) => event.id)).toEqual([12]);
    expect(() => scaleRecorded([live], -1)).toThrow(RangeError);
  });
});

describe('replay from the environment', () => {
  it('reads SAMPLE_API_DATA and SAMPLE_API_SCALE, and explains a bad combination', () => {
    expect(replayRequestFromEnv({})).toBeNull();
    expect(replayRequestFromEnv({ SAMPLE_API_DATA: '/data' })).toEqual({ data: '/data' });
    expect(replayRequestFromEnv({ SAMPLE_API_DATA: '/data', SAMPLE_API_SCALE: '10000' })).toEqual({
      data: '/data',
      scale: 10000,
    });
    expect(() => replayRequestFromEnv({ SAMPLE_API_SCALE: '5' })).toThrow(/needs SAMPLE_API_DATA/);
    expect(() => replayRequestFromEnv({ SAMPLE_API_DATA: '/d', SAMPLE_API_SCALE: 'x' })).toThrow(
      /whole number/,
    );
  });
});
