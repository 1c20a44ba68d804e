import { planReminders, type PlannedReminder, type ReminderInputs } from './planReminders.ts';

/** The clock the scheduler runs on: the real one in the app, a fake one in tests. */
export interface SchedulerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => {
    globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>);
  },
};

export interface ReminderSchedulerOptions {
  clock: SchedulerClock;
  /** Shows the notification; returns whether it was shown (no permission → false, retried later). */
  show: (reminder: PlannedReminder) => boolean;
  /** Remembers shown keys for good (the app stores them per source). */
  markShown: (keys: readonly string[]) => void;
}

/** Timers are re-armed at least this often: a sleeping laptop's timers drift, the clock does not. */
const MAX_TIMER_MS = 15 * 60_000;

export interface ReminderScheduler {
  /** Replaces what the plan is made from (events, stars, settings, shown keys) and re-plans. */
  update(inputs: Omit<ReminderInputs, 'now'>): void;
  stop(): void;
}

/**
 * Keeps one timer for the next reminder while the app is open. Each `update` (a sync wrote, a
 * star was toggled, a setting changed) re-plans from the stored data, so a moved date moves its
 * reminder and a stored reminder still fires when the device is offline. Due reminders are shown
 * at once; a reminder is marked shown only after it really was.
 */
export function createReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const { clock, show, markShown } = options;
  let inputs: Omit<ReminderInputs, 'now'> | null = null;
  let timer: unknown = null;
  const shownHere = new Set<string>();

  const disarm = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };

  const run = () => {
    disarm();
    if (inputs === null) return;
    const now = clock.now();
    const shown = new Set([...inputs.shown, ...shownHere]);
    const plan = planReminders({ ...inputs, shown, now });
    const justShown = plan.due.filter((reminder) => show(reminder)).map(({ key }) => key);
    if (justShown.length > 0) {
      for (const key of justShown) shownHere.add(key);
      markShown(justShown);
    }
    const next = plan.upcoming[0];
    if (next !== undefined) {
      timer = clock.setTimeout(run, Math.min(Math.max(next.atMs - now, 0), MAX_TIMER_MS));
    }
  };

  return {
    update(nextInputs) {
      inputs = nextInputs;
      run();
    },
    stop() {
      disarm();
      inputs = null;
    },
  };
}
