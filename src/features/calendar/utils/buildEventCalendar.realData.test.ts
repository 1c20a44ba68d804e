/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { EventNormal } from '../../../api/schemas.ts';
import { ll2DataDir, ll2DataFile, locateLl2Data } from '../../../testing/ll2Data.ts';
import { buildEventCalendar } from './buildEventCalendar.ts';

/*
 * Every real 2.3.0 event (outside the repository: The Space Devs' data) exports to a calendar
 * that an independent RFC 5545 parser reads back with the same UIDs, names and count.
 */
const { present, skipNote } = locateLl2Data();

function realEvents(): EventNormal[] {
  const events: EventNormal[] = [];
  for (const file of readdirSync(ll2DataDir)) {
    if (!file.endsWith('.json') || !file.includes('_2.3.0') || file.startsWith('openapi')) continue;
    const data: unknown = JSON.parse(readFileSync(ll2DataFile(file), 'utf8'));
    if (!Array.isArray(data)) continue;
    for (const raw of data) {
      const parsed = EventNormal.safeParse(raw);
      if (parsed.success) events.push(parsed.data);
    }
  }
  return events;
}

describe('calendar export of real LL2 events', () => {
  it.skipIf(!present)(`parses back with every dated event${skipNote}`, () => {
    const events = realEvents();
    expect(events.length).toBeGreaterThan(100);
    const built = buildEventCalendar(events, {
      apiBaseUrl: 'https://ll.thespacedevs.com/2.3.0',
      revisions: new Map(),
      eventUrl: (event) => `https://rendezvous.example/events/${event.id}`,
      calendarName: 'Rendezvous — real data',
      now: Date.parse('2026-03-01T00:00:00Z'),
    });
    const vevents = new ICAL.Component(ICAL.parse(built.ics) as unknown[]).getAllSubcomponents(
      'vevent',
    );
    const dated = events.filter((event) => event.date !== null);
    expect(vevents).toHaveLength(dated.length);
    expect(built.included + built.undated).toBe(events.length);
    const parsed = vevents.map((vevent) => new ICAL.Event(vevent));
    expect(parsed.map((event) => event.summary)).toEqual(dated.map((event) => event.name));
    expect(new Set(parsed.map((event) => event.uid)).size).toBe(
      new Set(dated.map((e) => e.id)).size,
    );
  });
});
