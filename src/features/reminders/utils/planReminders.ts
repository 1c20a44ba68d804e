import type { EventSummary } from '../../../db/eventSummary.ts';
import { isEventLive, isWebcastLive } from '../../../domain/live.ts';
import { countdownKind } from '../../../ui/events/formatEventDate.ts';

/** What the person chose (stored per source). */
export interface ReminderSettings {
  /** Minutes before T-0 for the "starts soon" reminder; 0 = at T-0. */
  leadMinutes: number;
  /** Also notify when a webcast of a reminded event goes live. */
  webcastLive: boolean;
  /** Event type ids reminded without starring each event (e.g. 2 = every docking). */
  presetTypeIds: number[];
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  leadMinutes: 15,
  webcastLive: true,
  presetTypeIds: [],
};

export type ReminderKind = 'starts-soon' | 'webcast-live';

export interface PlannedReminder {
  /**
   * Identifies one notification for good. It holds the instant it is for, so when a date moves
   * the old reminder is simply never due again and a new one takes its place.
   */
  key: string;
  eventId: number;
  kind: ReminderKind;
  /** When it should be shown (epoch ms). */
  atMs: number;
  title: string;
  body: string;
  /** The app path to open. */
  path: string;
}

export interface ReminderPlan {
  /** To show now, oldest first. */
  due: PlannedReminder[];
  /** Later ones, soonest first: the scheduler sets a timer for the first. */
  upcoming: PlannedReminder[];
}

export type ReminderEvent = Pick<
  EventSummary,
  | 'id'
  | 'name'
  | 'slug'
  | 'typeId'
  | 'dateMs'
  | 'datePrecisionId'
  | 'durationMs'
  | 'webcastLive'
  | 'webcasts'
>;

export interface ReminderInputs {
  events: readonly ReminderEvent[];
  watchedIds: ReadonlySet<number>;
  settings: ReminderSettings;
  /** Keys already shown (kept across reloads, so a reminder never comes twice). */
  shown: ReadonlySet<string>;
  now: number;
}

const MINUTE_MS = 60_000;

export function eventPathOf(event: Pick<ReminderEvent, 'id' | 'slug'>): string {
  return event.slug
    ? `/events/${event.id}/${encodeURIComponent(event.slug)}`
    : `/events/${event.id}`;
}

function leadText(minutes: number): string {
  if (minutes === 0) return 'Starting now';
  if (minutes % 60 === 0) return `Starts in ${minutes / 60} h`;
  return `Starts in ${minutes} min`;
}

/** The reminders of one event: before T-0 when the time is known, and its live webcasts. */
function remindersOf(
  event: ReminderEvent,
  settings: ReminderSettings,
  now: number,
): PlannedReminder[] {
  const reminders: PlannedReminder[] = [];
  const path = eventPathOf(event);
  // Only a date with a time has a T-0 to count back from: no reminder "15 min before July".
  if (event.dateMs !== null && countdownKind(event.datePrecisionId) !== null) {
    const approximate = countdownKind(event.datePrecisionId) === 'approximate';
    reminders.push({
      key: `${event.id}:starts-soon:${event.dateMs}:${settings.leadMinutes}`,
      eventId: event.id,
      kind: 'starts-soon',
      atMs: event.dateMs - settings.leadMinutes * MINUTE_MS,
      title: event.name,
      body: approximate
        ? `${leadText(settings.leadMinutes)} (about)`
        : leadText(settings.leadMinutes),
      path,
    });
  }
  if (settings.webcastLive) {
    // Live by the one rule (decision 021): a stale flag on a past event reminds nobody.
    const liveUrls = event.webcasts
      .filter((webcast) => isWebcastLive(webcast, event, now))
      .map((webcast) => webcast.url);
    if (liveUrls.length === 0 && isEventLive(event, now)) liveUrls.push('event');
    for (const url of liveUrls) {
      reminders.push({
        key: `${event.id}:webcast-live:${url}`,
        eventId: event.id,
        kind: 'webcast-live',
        atMs: Number.NEGATIVE_INFINITY,
        title: event.name,
        body: 'Webcast is live now',
        path,
      });
    }
  }
  return reminders;
}

/**
 * Which reminders are due now and which come later, for starred events and events of the chosen
 * preset types. Pure: the scheduler calls it whenever the events, the stars, the settings or the
 * clock move. A reminder whose event has already started is dropped, not shown late: a "starts in
 * 15 min" after T-0 is noise. A live webcast is due as soon as the sync sees it.
 */
export function planReminders(inputs: ReminderInputs): ReminderPlan {
  const { events, watchedIds, settings, shown, now } = inputs;
  const presets = new Set(settings.presetTypeIds);
  const due: PlannedReminder[] = [];
  const upcoming: PlannedReminder[] = [];
  for (const event of events) {
    if (!watchedIds.has(event.id) && !presets.has(event.typeId)) continue;
    for (const reminder of remindersOf(event, settings, now)) {
      if (shown.has(reminder.key)) continue;
      if (reminder.kind === 'webcast-live') due.push({ ...reminder, atMs: now });
      else if (event.dateMs !== null && event.dateMs <= now) continue;
      else if (reminder.atMs <= now) due.push(reminder);
      else upcoming.push(reminder);
    }
  }
  due.sort((a, b) => a.atMs - b.atMs || a.eventId - b.eventId);
  upcoming.sort((a, b) => a.atMs - b.atMs || a.eventId - b.eventId);
  return { due, upcoming };
}
