import type { EventDetailed } from '../src/api/schemas.ts';
import { buildEventCalendar } from '../src/features/calendar/utils/buildEventCalendar.ts';
import { eventPath } from '../src/ui/events/eventPath.ts';
import {
  CALENDAR_FEEDS,
  type FeedDefinition,
} from '../src/features/calendar/utils/calendarFeedList.ts';

/** Feeds keep the last days' events, so a subscribed calendar does not drop them the moment they start. */
export const FEED_HISTORY_MS = 7 * 24 * 60 * 60_000;

export interface FeedOptions {
  apiBaseUrl: string;
  /** Where the app is published (absolute), for links back to each event; null for none. */
  appUrl: string | null;
  revisions: ReadonlyMap<number, number>;
  alarmMinutesBefore: number;
  now: number;
}

/** An event a feed may hold: dated, and not over for longer than the feed's history. */
export function isFeedCandidate(event: EventDetailed, now: number): boolean {
  const at = event.date === null ? Number.NaN : Date.parse(event.date);
  return !Number.isNaN(at) && at >= now - FEED_HISTORY_MS;
}

/**
 * The iCalendar text of each feed, built by the app's own export (same UIDs, SEQUENCE from the
 * changes the snapshot job has seen, all-day and floating entries for imprecise dates, a VALARM
 * before exact times). Events in date order.
 */
export function buildCalendarFeeds(
  candidates: readonly EventDetailed[],
  options: FeedOptions,
): { definition: FeedDefinition; ics: string; events: number }[] {
  const dated = candidates
    .filter((event) => isFeedCandidate(event, options.now))
    .sort((a, b) => Date.parse(a.date ?? '') - Date.parse(b.date ?? '') || a.id - b.id);
  const appUrl = options.appUrl;
  return CALENDAR_FEEDS.map((definition) => {
    const types = definition.typeIds;
    const events = types === null ? dated : dated.filter((e) => types.includes(e.type.id));
    const built = buildEventCalendar(events, {
      apiBaseUrl: options.apiBaseUrl,
      revisions: options.revisions,
      eventUrl: (event) =>
        appUrl === null ? null : new URL(eventPath(event).replace(/^\//, ''), appUrl).href,
      calendarName: definition.title,
      now: options.now,
      alarmMinutesBefore: options.alarmMinutesBefore,
      allowEmpty: true,
    });
    return { definition, ics: built.ics, events: built.included };
  });
}
