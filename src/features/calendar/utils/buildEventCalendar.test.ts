import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { makeDatePrecision, makeEvent, makeVidUrl } from '../../../api/testing/eventFactory.ts';
import {
  buildEventCalendar,
  calendarUid,
  CalendarExportError,
  type CalendarOptions,
} from './buildEventCalendar.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const OPTIONS: CalendarOptions = {
  apiBaseUrl: 'https://ll.thespacedevs.com/2.3.0/',
  revisions: new Map(),
  eventUrl: (event) => `https://rendezvous.example/events/${event.id}/${event.slug}`,
  calendarName: 'Rendezvous — Upcoming',
  now: NOW,
};

/** Parses the output back with an independent RFC 5545 parser, as a calendar app would. */
function parseEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((vevent) => ({
      vevent,
      event: new ICAL.Event(vevent),
    })),
  };
}

describe('buildEventCalendar', () => {
  it('writes an exact event as a confirmed timed entry with a stable UID and the webcast', () => {
    const event = makeEvent({
      id: 4242,
      name: 'Progress MS-31 Docking',
      date: '2026-04-10T10:15:00Z',
      date_precision: makeDatePrecision(1),
      duration: 'PT2H',
      location: 'International Space Station',
      vid_urls: [
        makeVidUrl({ title: 'Docking coverage', url: 'https://www.youtube.com/watch?v=x' }),
      ],
    });
    const { ics, included, undated } = buildEventCalendar([event], OPTIONS);
    expect([included, undated]).toEqual([1, 0]);
    expect(ics).toContain('\r\n');
    const { calendar, events } = parseEvents(ics);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Rendezvous//Spaceflight events//EN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Rendezvous — Upcoming');
    const [entry] = events;
    expect(entry).toBeDefined();
    if (!entry) return;
    expect(entry.event.uid).toBe('4242@ll.thespacedevs.com.rendezvous');
    expect(entry.event.summary).toBe('Progress MS-31 Docking');
    expect(entry.event.location).toBe('International Space Station');
    expect(entry.event.startDate.isDate).toBe(false);
    expect(entry.event.startDate.toJSDate().toISOString()).toBe('2026-04-10T10:15:00.000Z');
    expect(entry.event.endDate.toJSDate().toISOString()).toBe('2026-04-10T12:15:00.000Z');
    expect(entry.vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(entry.event.sequence).toBe(0);
    expect(entry.event.description).toContain(
      'Webcast: Docking coverage https://www.youtube.com/watch?v=x',
    );
    expect(entry.event.description).toContain('When: 10 April 2026, 10:15 UTC');
    expect(String(entry.vevent.getFirstPropertyValue('url'))).toBe(
      `https://rendezvous.example/events/4242/${event.slug}`,
    );
    expect(entry.vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-03-01T12:00:00Z');
  });

  it('raises SEQUENCE with the recorded changes and keeps the UID', () => {
    const event = makeEvent({ id: 7 });
    const first = parseEvents(buildEventCalendar([event], OPTIONS).ics).events[0]?.event;
    const later = parseEvents(
      buildEventCalendar([event], { ...OPTIONS, revisions: new Map([[7, 3]]) }).ics,
    ).events[0]?.event;
    expect(later?.uid).toBe(first?.uid);
    expect(later?.sequence).toBe(3);
  });

  it('writes day and month precision as tentative all-day entries', () => {
    const day = makeEvent({ date: '2026-05-20T00:00:00Z', date_precision: makeDatePrecision(5) });
    const month = makeEvent({ date: '2026-07-01T00:00:00Z', date_precision: makeDatePrecision(7) });
    const { events } = parseEvents(buildEventCalendar([day, month], OPTIONS).ics);
    const [dayEntry, monthEntry] = events;
    expect(dayEntry?.event.startDate.isDate).toBe(true);
    expect(dayEntry?.event.startDate.toString()).toBe('2026-05-20');
    expect(dayEntry?.event.endDate.toString()).toBe('2026-05-21');
    expect(dayEntry?.vevent.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(monthEntry?.event.startDate.toString()).toBe('2026-07-01');
    expect(monthEntry?.event.endDate.toString()).toBe('2026-08-01');
    expect(monthEntry?.event.description).toContain('NET July 2026');
  });

  it('writes morning/afternoon (local) as a floating time and hour precision as tentative', () => {
    const morning = makeEvent({
      date: '2026-05-20T09:00:00Z',
      date_precision: makeDatePrecision(3),
    });
    const hour = makeEvent({ date: '2026-05-20T09:40:00Z', date_precision: makeDatePrecision(2) });
    const { events } = parseEvents(buildEventCalendar([morning, hour], OPTIONS).ics);
    const [morningEntry, hourEntry] = events;
    expect(morningEntry?.event.startDate.isDate).toBe(false);
    expect(morningEntry?.event.startDate.zone.tzid).toBe('floating');
    expect(morningEntry?.event.startDate.toString()).toBe('2026-05-20T06:00:00');
    expect(morningEntry?.event.endDate.toString()).toBe('2026-05-20T12:00:00');
    expect(hourEntry?.event.startDate.toJSDate().toISOString()).toBe('2026-05-20T10:00:00.000Z');
    expect(hourEntry?.vevent.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('treats a null precision as exact', () => {
    const event = makeEvent({ date: '2026-05-20T09:40:00Z', date_precision: null, duration: null });
    const [entry] = parseEvents(buildEventCalendar([event], OPTIONS).ics).events;
    expect(entry?.vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(entry?.event.endDate.toJSDate().toISOString()).toBe('2026-05-20T10:40:00.000Z');
  });

  it('leaves undated events out, counts them, and refuses an empty file', () => {
    const dated = makeEvent();
    const undated = makeEvent({ date: null });
    const built = buildEventCalendar([dated, undated], OPTIONS);
    expect([built.included, built.undated]).toEqual([1, 1]);
    expect(parseEvents(built.ics).events).toHaveLength(1);
    expect(() => buildEventCalendar([undated], OPTIONS)).toThrow(CalendarExportError);
    expect(() => buildEventCalendar([], OPTIONS)).toThrow('There are no events to export.');
  });

  it('adds a VALARM at the lead time to exact entries only, and none without a lead time', () => {
    const exact = makeEvent({ date: '2026-05-20T09:40:00Z', date_precision: makeDatePrecision(0) });
    const hour = makeEvent({ date: '2026-05-20T09:40:00Z', date_precision: makeDatePrecision(2) });
    const day = makeEvent({ date: '2026-05-20T00:00:00Z', date_precision: makeDatePrecision(5) });
    const alarmsOf = (lead: number | null) =>
      parseEvents(
        buildEventCalendar([exact, hour, day], { ...OPTIONS, alarmMinutesBefore: lead }).ics,
      ).events.map(({ vevent }) =>
        vevent.getAllSubcomponents('valarm').map((alarm) => ({
          action: alarm.getFirstPropertyValue('action'),
          trigger: String(alarm.getFirstPropertyValue('trigger')),
        })),
      );
    expect(alarmsOf(15)).toEqual([[{ action: 'DISPLAY', trigger: '-PT15M' }], [], []]);
    expect(alarmsOf(1440)[0]?.[0]?.trigger).toMatch(/^-P(1D|T1440M|T24H)$/);
    expect(alarmsOf(0)[0]).toHaveLength(1);
    expect(alarmsOf(null)).toEqual([[], [], []]);
  });

  it('makes an empty calendar only when asked to (a feed with nothing planned)', () => {
    const built = buildEventCalendar([], { ...OPTIONS, allowEmpty: true });
    expect([built.included, parseEvents(built.ics).events.length]).toEqual([0, 0]);
  });

  it('keeps hostile text as text and drops non-http webcast links', () => {
    const event = makeEvent({
      name: 'Docking; with, commas\nand a newline',
      description: 'BEGIN:VEVENT\nSUMMARY:injected',
      vid_urls: [makeVidUrl({ url: 'javascript:alert(1)', title: 'Bad' })],
    });
    const { events } = parseEvents(
      buildEventCalendar([event], { ...OPTIONS, eventUrl: () => 'javascript:alert(1)' }).ics,
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.event.summary).toBe('Docking; with, commas\nand a newline');
    expect(events[0]?.event.description).toContain('BEGIN:VEVENT\nSUMMARY:injected');
    expect(events[0]?.event.description).not.toContain('javascript:');
    expect(events[0]?.vevent.getFirstPropertyValue('url')).toBeNull();
  });

  it('exports a thousand events quickly', () => {
    const many = Array.from({ length: 1000 }, (_, index) =>
      makeEvent({ date: new Date(NOW + index * 3_600_000).toISOString() }),
    );
    const started = performance.now();
    const built = buildEventCalendar(many, OPTIONS);
    expect(built.included).toBe(1000);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(parseEvents(built.ics).events).toHaveLength(1000);
  });
});

describe('calendarUid', () => {
  it('is per source and event, including the port of a local server', () => {
    expect(calendarUid(5, 'http://127.0.0.1:4011/2.3.0')).toBe('5@127.0.0.1:4011.rendezvous');
    expect(calendarUid(5, 'https://lldev.thespacedevs.com/2.3.0')).not.toBe(
      calendarUid(5, 'https://ll.thespacedevs.com/2.3.0'),
    );
  });
});
