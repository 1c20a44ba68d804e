import type { EventChange } from '../../../db/eventChange.ts';
import { formatEventDate, type TimeZoneChoice } from '../../../ui/events/formatEventDate.ts';
import {
  eventPathOf,
  planReminders,
  type PlannedReminder,
  type ReminderEvent,
  type ReminderSettings,
} from './planReminders.ts';

/** One notification a background sync shows (the page shows its reminders itself). */
export type BackgroundNotice = Pick<PlannedReminder, 'key' | 'eventId' | 'title' | 'body' | 'path'>;

export interface BackgroundNoticeInputs {
  /** The stored events the notices may be about (at least the watched ones), as they are now. */
  events: readonly ReminderEvent[];
  /** Changes the sync just recorded (src/sync/eventChanges.ts). */
  changes: readonly EventChange[];
  watchedIds: ReadonlySet<number>;
  settings: ReminderSettings;
  /** Reminder keys already shown by a tab or an earlier background sync. */
  shown: ReadonlySet<string>;
  timeZone: TimeZoneChoice;
  now: number;
}

/**
 * What a background sync tells the person, with the app closed:
 * - each "starts soon" reminder now due (the same plan, keys and words as the open app's
 *   reminders, so neither shows one the other already did), and
 * - each watched event whose date the sync saw move, once per new date.
 * An event due to start soon gets only that reminder, which already says when it starts.
 * Webcast reminders are left to the open app: a live flag read hours late is no news.
 */
export function backgroundNotices(inputs: BackgroundNoticeInputs): BackgroundNotice[] {
  const { events, changes, watchedIds, settings, shown, timeZone, now } = inputs;
  const startsSoon = planReminders({ events, watchedIds, settings, shown, now }).due.filter(
    (reminder) => reminder.kind === 'starts-soon',
  );
  const notices: BackgroundNotice[] = startsSoon.map(({ key, eventId, title, body, path }) => ({
    key,
    eventId,
    title,
    body,
    path,
  }));
  const remindedIds = new Set(startsSoon.map((reminder) => reminder.eventId));
  const byId = new Map(events.map((event) => [event.id, event]));
  for (const change of changes) {
    if (change.kind !== 'date' || !watchedIds.has(change.eventId)) continue;
    if (remindedIds.has(change.eventId)) continue;
    const key = `${change.eventId}:date-moved:${change.to ?? 'none'}`;
    if (shown.has(key) || notices.some((notice) => notice.key === key)) continue;
    // At minute precision, as the history shows a move: the change record keeps no precision.
    const to = change.to === null ? null : Date.parse(change.to);
    const body =
      to === null
        ? 'Its date was withdrawn'
        : `${change.from === null ? 'Date announced' : 'Date moved'}: now ${formatEventDate(to, 1, { timeZone, now })}`;
    const event = byId.get(change.eventId);
    notices.push({
      key,
      eventId: change.eventId,
      title: event?.name ?? change.eventName,
      body,
      path: eventPathOf(event ?? { id: change.eventId, slug: '' }),
    });
  }
  return notices;
}

const DAY_MS = 86_400_000;

/** The app badge's number: watched events that start within the next 24 hours. */
export function countWatchedWithinDay(
  events: readonly Pick<ReminderEvent, 'id' | 'dateMs'>[],
  watchedIds: ReadonlySet<number>,
  now: number,
): number {
  return events.filter(
    (event) =>
      watchedIds.has(event.id) &&
      event.dateMs !== null &&
      event.dateMs >= now &&
      event.dateMs < now + DAY_MS,
  ).length;
}
