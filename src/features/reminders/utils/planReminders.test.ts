import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_SETTINGS,
  planReminders,
  type ReminderEvent,
  type ReminderInputs,
} from './planReminders.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const MIN = 60_000;

function event(overrides: Partial<ReminderEvent> = {}): ReminderEvent {
  return {
    id: 1,
    name: 'Progress MS-31 Docking',
    slug: 'progress-ms-31-docking',
    typeId: 2,
    dateMs: NOW + 60 * MIN,
    datePrecisionId: 1,
    durationMs: null,
    webcastLive: false,
    webcasts: [],
    ...overrides,
  };
}

function plan(overrides: Partial<ReminderInputs>) {
  return planReminders({
    events: [event()],
    watchedIds: new Set([1]),
    settings: DEFAULT_REMINDER_SETTINGS,
    shown: new Set(),
    now: NOW,
    ...overrides,
  });
}

describe('planReminders', () => {
  it('plans a starred event a lead time before T-0', () => {
    const { due, upcoming } = plan({});
    expect(due).toEqual([]);
    expect(upcoming).toEqual([
      {
        key: `1:starts-soon:${NOW + 60 * MIN}:15`,
        eventId: 1,
        kind: 'starts-soon',
        atMs: NOW + 45 * MIN,
        title: 'Progress MS-31 Docking',
        body: 'Starts in 15 min',
        path: '/events/1/progress-ms-31-docking',
      },
    ]);
  });

  it('ignores events that are neither starred nor of a preset type', () => {
    expect(plan({ watchedIds: new Set() }).upcoming).toEqual([]);
    const presets = { ...DEFAULT_REMINDER_SETTINGS, presetTypeIds: [2] };
    expect(plan({ watchedIds: new Set(), settings: presets }).upcoming).toHaveLength(1);
  });

  it('moves the reminder with the date: a new key, the old one never due', () => {
    const before = plan({}).upcoming[0];
    const moved = plan({ events: [event({ dateMs: NOW + 3 * 60 * MIN })] }).upcoming[0];
    expect(moved?.atMs).toBe(NOW + 165 * MIN);
    expect(moved?.key).not.toBe(before?.key);
  });

  it('is due once the lead time is reached, and never again once shown', () => {
    const soon = [event({ dateMs: NOW + 10 * MIN })];
    const { due } = plan({ events: soon });
    expect(due.map((reminder) => reminder.kind)).toEqual(['starts-soon']);
    expect(plan({ events: soon, shown: new Set(due.map(({ key }) => key)) }).due).toEqual([]);
  });

  it('drops a reminder whose event has already started', () => {
    expect(plan({ events: [event({ dateMs: NOW - MIN })] })).toEqual({ due: [], upcoming: [] });
  });

  it('plans no countdown reminder for a date without a time', () => {
    expect(plan({ events: [event({ datePrecisionId: 7 })] }).upcoming).toEqual([]);
    const hour = plan({ events: [event({ datePrecisionId: 2 })] }).upcoming[0];
    expect(hour?.body).toBe('Starts in 15 min (about)');
  });

  it('is due when a webcast is live, once per webcast', () => {
    const live = event({
      dateMs: NOW - 5 * MIN,
      webcastLive: true,
      webcasts: [{ url: 'https://youtu.be/a', live: true, startMs: null, endMs: null }],
    });
    const { due } = plan({ events: [live] });
    expect(due).toEqual([
      expect.objectContaining({
        kind: 'webcast-live',
        key: '1:webcast-live:https://youtu.be/a',
        atMs: NOW,
      }),
    ]);
    const off = { ...DEFAULT_REMINDER_SETTINGS, webcastLive: false };
    expect(plan({ events: [live], settings: off }).due).toEqual([]);
  });

  it('falls back to the event flag when no webcast says it is live', () => {
    const { due } = plan({ events: [event({ webcastLive: true })] });
    expect(due.map(({ key }) => key)).toEqual(['1:webcast-live:event']);
  });

  it('orders upcoming reminders soonest first and words whole hours', () => {
    const settings = { ...DEFAULT_REMINDER_SETTINGS, leadMinutes: 60 };
    const { upcoming } = plan({
      settings,
      watchedIds: new Set([1, 2]),
      events: [
        event({ id: 1, dateMs: NOW + 5 * 60 * MIN }),
        event({ id: 2, dateMs: NOW + 2 * 60 * MIN }),
      ],
    });
    expect(upcoming.map(({ eventId }) => eventId)).toEqual([2, 1]);
    expect(upcoming[0]?.body).toBe('Starts in 1 h');
  });
});
