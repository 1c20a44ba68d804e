import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, type ReminderEvent } from './planReminders.ts';
import { createReminderScheduler, type SchedulerClock } from './reminderScheduler.ts';

const START = Date.parse('2026-03-01T12:00:00Z');
const MIN = 60_000;

/** A clock whose time only moves when the test says so, running timers as it passes them. */
function fakeClock() {
  let now = START;
  let nextHandle = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: SchedulerClock = {
    now: () => now,
    setTimeout: (callback, ms) => {
      const handle = nextHandle++;
      timers.set(handle, { at: now + ms, callback });
      return handle;
    },
    clearTimeout: (handle) => {
      timers.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    const target = now + ms;
    for (;;) {
      const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (next === undefined || next[1].at > target) break;
      timers.delete(next[0]);
      now = next[1].at;
      next[1].callback();
    }
    now = target;
  };
  return { clock, advance, pending: () => timers.size };
}

function docking(dateMs: number): ReminderEvent {
  return {
    id: 7,
    name: 'Dragon Docking',
    slug: 'dragon-docking',
    typeId: 2,
    dateMs,
    datePrecisionId: 0,
    durationMs: null,
    webcastLive: false,
    webcasts: [],
  };
}

function setup(allowed = true) {
  const time = fakeClock();
  const shown: string[] = [];
  const stored: string[] = [];
  const scheduler = createReminderScheduler({
    clock: time.clock,
    show: (reminder) => {
      if (allowed) shown.push(`${reminder.body}@${(time.clock.now() - START) / MIN}`);
      return allowed;
    },
    markShown: (keys) => stored.push(...keys),
  });
  const update = (dateMs: number, storedKeys: readonly string[] = []) => {
    scheduler.update({
      events: [docking(dateMs)],
      watchedIds: new Set([7]),
      settings: DEFAULT_REMINDER_SETTINGS,
      shown: new Set(storedKeys),
    });
  };
  return { ...time, shown, stored, scheduler, update };
}

describe('createReminderScheduler', () => {
  it('fires at the lead time, once, and remembers it', () => {
    const { advance, shown, stored, update } = setup();
    update(START + 60 * MIN);
    advance(44 * MIN);
    expect(shown).toEqual([]);
    advance(2 * MIN);
    expect(shown).toEqual(['Starts in 15 min@45']);
    expect(stored).toHaveLength(1);
    update(START + 60 * MIN);
    advance(60 * MIN);
    expect(shown).toHaveLength(1);
  });

  it('follows a moved date', () => {
    const { advance, shown, update } = setup();
    update(START + 60 * MIN);
    advance(30 * MIN);
    update(START + 120 * MIN);
    advance(30 * MIN);
    expect(shown).toEqual([]);
    advance(60 * MIN);
    expect(shown).toEqual(['Starts in 15 min@105']);
  });

  it('re-arms long waits in steps, so a drifting timer cannot skip a reminder', () => {
    const { advance, shown, update, pending } = setup();
    update(START + 24 * 60 * MIN);
    expect(pending()).toBe(1);
    advance(24 * 60 * MIN - 15 * MIN);
    expect(shown).toEqual(['Starts in 15 min@1425']);
  });

  it('keeps a reminder pending while notifications are not allowed', () => {
    const { advance, stored, update } = setup(false);
    update(START + 10 * MIN);
    advance(MIN);
    expect(stored).toEqual([]);
  });

  it('does nothing after stop', () => {
    const { advance, shown, update, scheduler, pending } = setup();
    update(START + 60 * MIN);
    scheduler.stop();
    expect(pending()).toBe(0);
    advance(60 * MIN);
    expect(shown).toEqual([]);
  });
});
