import { describe, expect, it } from 'vitest';
import { EventDetailed, EventList, EventNormal } from '../schemas.ts';
import {
  makeDatePrecision,
  makeEvent,
  makeEventType,
  makeUpdate,
  makeVidUrl,
} from './eventFactory.ts';

describe('makeEvent', () => {
  it('makes valid detailed events with distinct ids', () => {
    const events = [makeEvent(), makeEvent(), makeEvent()];
    for (const event of events) {
      expect(EventDetailed.parse(event)).toEqual(event);
      expect(EventNormal.safeParse(event).success).toBe(true);
      expect(EventList.safeParse(event).success).toBe(true);
    }
    expect(new Set(events.map((event) => event.id)).size).toBe(3);
  });

  it('applies overrides and derives slug and url from name and id', () => {
    const event = makeEvent({
      id: 7,
      name: 'Crew-9 Splashdown',
      type: makeEventType(9),
      date_precision: makeDatePrecision(7),
      vid_urls: [makeVidUrl({ live: true, language: { id: 3, name: 'Russian', code: 'ru' } })],
      updates: [makeUpdate({ created_on: '2025-01-01T00:00:00Z' })],
    });
    expect(event).toMatchObject({
      id: 7,
      slug: 'crew-9-splashdown',
      url: 'https://ll.thespacedevs.com/2.3.0/events/7/',
      type: { id: 9, name: 'Spacecraft Landing' },
      date_precision: { id: 7, name: 'Month' },
    });
    expect(EventDetailed.safeParse(event).success).toBe(true);
  });

  it('cuts slugs at 50 characters like LL2', () => {
    expect(makeEvent({ name: 'A'.repeat(80) }).slug).toHaveLength(50);
  });

  it('names unknown types and precisions instead of failing', () => {
    expect(makeEventType(99).name).toBe('Event type 99');
    expect(makeDatePrecision(42).id).toBe(42);
  });
});
