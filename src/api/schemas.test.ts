import { describe, expect, it } from 'vitest';
import {
  ApiThrottle,
  EventDetailed,
  EventList,
  EventNormal,
  PagedEnvelope,
  type EventDetailedInput,
} from './schemas.ts';
import { makeEvent, makeVidUrl } from './testing/eventFactory.ts';

/** A detailed event as the API could send it: plain JSON, unknown keys and all. */
function apiEvent(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...(JSON.parse(JSON.stringify(makeEvent())) as Record<string, unknown>), ...patch };
}

describe('event schemas', () => {
  it('accept what the test-data factory makes, unchanged', () => {
    const event = makeEvent({ name: 'Soyuz MS-26 Undocking' });
    expect(EventDetailed.parse(event)).toEqual(event);
    expect(event.slug).toBe('soyuz-ms-26-undocking');
  });

  it('nest by mode: a detailed record read as list or normal keeps only that mode’s fields', () => {
    const event = makeEvent();
    const asList = EventList.parse(event);
    const asNormal = EventNormal.parse(event);
    expect(Object.keys(asList)).not.toContain('updates');
    expect(Object.keys(asNormal)).toContain('updates');
    expect(Object.keys(asNormal)).not.toContain('launches');
    expect(asNormal.last_updated).toBe(event.last_updated);
  });

  it('a normal record is not a detailed one', () => {
    const normal = EventNormal.parse(makeEvent());
    expect(EventDetailed.safeParse(normal).success).toBe(false);
  });

  it('accept the nulls real data has', () => {
    const event = apiEvent({
      image: null,
      date: null,
      date_precision: null,
      duration: null,
      location: null,
      program: null,
      astronauts: null,
      vid_urls: [
        { ...makeVidUrl(), start_time: null, end_time: null, publisher: null, source: null },
        { ...makeVidUrl(), type: null, language: null, feature_image: null, title: null },
      ],
      updates: [{ ...makeEvent().updates[0], comment: null, info_url: null, created_by: null }],
    });
    const parsed = EventDetailed.parse(event);
    expect(parsed.image).toBeNull();
    expect(parsed.date_precision).toBeNull();
    expect(parsed.vid_urls[0]?.start_time).toBeNull();
  });

  it('turn a null program or astronaut list into an empty array', () => {
    const parsed = EventDetailed.parse(apiEvent({ program: null, astronauts: null }));
    expect(parsed.program).toEqual([]);
    expect(parsed.astronauts).toEqual([]);
    const input: EventDetailedInput = { ...makeEvent(), program: null };
    expect(EventDetailed.parse(input).program).toEqual([]);
  });

  it('leave enumerations open: unknown type, precision, webcast type and language ids pass', () => {
    const parsed = EventDetailed.parse(
      apiEvent({
        type: { id: 99, name: 'Lunar Rendezvous' },
        date_precision: { id: 42, name: 'Era', abbrev: 'ERA', description: 'Some day.' },
        vid_urls: [
          {
            ...makeVidUrl(),
            type: { id: 77, name: 'Hologram' },
            language: { id: 6, name: 'Japanese', code: 'jp' },
          },
        ],
        response_mode: 'compact',
      }),
    );
    expect(parsed.type.id).toBe(99);
    expect(parsed.date_precision?.id).toBe(42);
    expect(parsed.vid_urls[0]?.language?.code).toBe('jp');
  });

  it('strip keys LL2 adds later instead of failing', () => {
    const parsed = EventDetailed.parse(
      apiEvent({ brand_new_field: { nested: true }, image: { ...makeEvent().image, extra: 1 } }),
    );
    expect(parsed).not.toHaveProperty('brand_new_field');
    expect(parsed.image).not.toHaveProperty('extra');
  });

  it.each([
    ['a missing name', { name: undefined }, 'name'],
    ['a string id', { id: '1205' }, 'id'],
    ['a fractional id', { id: 12.5 }, 'id'],
    ['an unparseable date', { date: 'next Tuesday' }, 'date'],
    ['a missing last_updated', { last_updated: undefined }, 'last_updated'],
    ['vid_urls as null', { vid_urls: null }, 'vid_urls'],
    ['a webcast without url', { vid_urls: [{ ...makeVidUrl(), url: undefined }] }, 'vid_urls'],
    ['a type without id', { type: { name: 'Docking' } }, 'type'],
    ['program as one object (the 2.2.0 shape)', { program: { id: 1, name: 'ISS' } }, 'program'],
  ])('reject %s', (_label, patch, field) => {
    const result = EventDetailed.safeParse(apiEvent(patch));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });

  it('accept datetimes with fractions or offsets, which are still instants', () => {
    expect(EventList.safeParse(apiEvent({ date: '2025-07-05T21:27:32.125Z' })).success).toBe(true);
    expect(EventList.safeParse(apiEvent({ date: '2025-07-05T23:27:32+02:00' })).success).toBe(true);
    expect(EventList.safeParse(apiEvent({ date: '2025-07-05' })).success).toBe(false);
  });
});

describe('envelope and config schemas', () => {
  it('require every envelope field', () => {
    const page = { count: 1, next: null, previous: null, results: [{}] };
    expect(PagedEnvelope.parse(page)).toEqual(page);
    expect(PagedEnvelope.safeParse({ ...page, count: undefined }).success).toBe(false);
    expect(PagedEnvelope.safeParse({ ...page, next: undefined }).success).toBe(false);
    expect(PagedEnvelope.safeParse({ ...page, results: {} }).success).toBe(false);
    expect(PagedEnvelope.safeParse({ ...page, count: -1 }).success).toBe(false);
  });

  it('read an /api-throttle/ entry', () => {
    const entry = {
      your_request_limit: 15,
      limit_frequency_secs: 3600,
      current_use: 3,
      next_use_secs: 0,
      ident: '203.0.113.7',
    };
    expect(ApiThrottle.parse(entry)).toEqual(entry);
  });
});
