import { createEvents, type EventAttributes } from 'ics';
import type { EventDetailed } from '../../../api/schemas.ts';
import { parseIsoDurationSeconds } from '../../../lib/isoDuration.ts';
import { isExactTime } from '../../../domain/datePrecision.ts';
import { ExplainedError } from '../../../lib/explainError.ts';
import { safeHttpUrl } from '../../../lib/safeUrl.ts';
import { formatEventDate } from '../../../ui/events/formatEventDate.ts';
import { calendarSpan } from '../../../ui/events/calendarSpan.ts';

/** What a calendar entry is made of: the parts of a stored event it shows. */
export type CalendarEvent = Pick<
  EventDetailed,
  | 'id'
  | 'name'
  | 'slug'
  | 'description'
  | 'date'
  | 'date_precision'
  | 'duration'
  | 'location'
  | 'type'
  | 'vid_urls'
  | 'last_updated'
>;

export interface CalendarOptions {
  /** The source's API base URL (absolute): its host keeps UIDs of different sources apart. */
  apiBaseUrl: string;
  /** How many changes this device has recorded per event: the entry's SEQUENCE. */
  revisions: ReadonlyMap<number, number>;
  /** An absolute link back to the event in the app, or null for none. */
  eventUrl: (event: CalendarEvent) => string | null;
  /** X-WR-CALNAME: what calendar apps call the imported set. */
  calendarName: string;
  /** DTSTAMP. */
  now: number;
  /**
   * Minutes before the start of a VALARM on every entry whose time is exact (none on entries that
   * may still move: an alarm at a guessed time would go off at the wrong moment); null = none.
   */
  alarmMinutesBefore?: number | null;
  /** A feed may be empty for a while (no spacewalk planned); a file someone asked for may not. */
  allowEmpty?: boolean;
}

export interface BuiltCalendar {
  /** The iCalendar text (RFC 5545, CRLF line ends). */
  ics: string;
  included: number;
  /** Events that cannot be placed in a calendar (no date): left out and counted, never guessed. */
  undated: number;
}

export class CalendarExportError extends ExplainedError {
  override name = 'CalendarExportError';
}

const PRODUCT_ID = '-//Rendezvous//Spaceflight events//EN';
/** A timed entry without a duration still needs some length to show up in calendar grids. */
const DEFAULT_LENGTH_MS = 3_600_000;
const MAX_WEBCASTS = 3;

/**
 * The stable UID of an event of a source: the same event exported twice, or from two devices,
 * updates the one calendar entry instead of adding a copy.
 */
export function calendarUid(eventId: number, apiBaseUrl: string): string {
  let host: string;
  try {
    host = new URL(apiBaseUrl).host;
  } catch {
    host = apiBaseUrl.replace(/[^a-z0-9.-]+/gi, '-');
  }
  return `${eventId}@${host}.rendezvous`;
}

function describeEntry(event: CalendarEvent, dateMs: number, url: string | null, now: number) {
  const precisionId = event.date_precision?.id ?? null;
  const lines: string[] = [];
  if (event.description.trim()) lines.push(event.description.trim(), '');
  const when = formatEventDate(dateMs, precisionId, { timeZone: 'utc', now });
  lines.push(
    isExactTime(precisionId)
      ? `When: ${when}`
      : `When: ${when} (not exact yet; the date may still move)`,
  );
  const webcasts = event.vid_urls
    .map((webcast) => ({ title: webcast.title, url: safeHttpUrl(webcast.url) }))
    .filter((webcast): webcast is { title: string | null; url: string } => webcast.url !== null)
    .slice(0, MAX_WEBCASTS);
  for (const webcast of webcasts) {
    lines.push(
      webcast.title ? `Webcast: ${webcast.title} ${webcast.url}` : `Webcast: ${webcast.url}`,
    );
  }
  if (url !== null) lines.push(`Details: ${url}`);
  return lines.join('\n');
}

function entryFor(
  event: CalendarEvent,
  dateMs: number,
  options: CalendarOptions,
): EventAttributes & { timestamp: number } {
  const precisionId = event.date_precision?.id ?? null;
  const url = safeHttpUrl(options.eventUrl(event));
  const lastModified = Date.parse(event.last_updated);
  const common = {
    uid: calendarUid(event.id, options.apiBaseUrl),
    sequence: options.revisions.get(event.id) ?? 0,
    timestamp: options.now,
    title: event.name,
    description: describeEntry(event, dateMs, url, options.now),
    categories: [event.type.name],
    status: isExactTime(precisionId) ? ('CONFIRMED' as const) : ('TENTATIVE' as const),
    ...(event.location ? { location: event.location } : {}),
    ...(url !== null ? { url } : {}),
    ...(Number.isNaN(lastModified) ? {} : { lastModified }),
  };
  const span = calendarSpan(dateMs, precisionId);
  switch (span.kind) {
    case 'timed': {
      const seconds = parseIsoDurationSeconds(event.duration);
      const lengthMs = seconds !== null && seconds > 0 ? seconds * 1000 : DEFAULT_LENGTH_MS;
      const lead = options.alarmMinutesBefore ?? null;
      return {
        ...common,
        ...(span.exact && lead !== null
          ? { alarms: [alarmBefore(event.name, span.startMs, lead)] }
          : {}),
        start: span.startMs,
        startInputType: 'utc',
        startOutputType: 'utc',
        end: span.startMs + lengthMs,
        endInputType: 'utc',
        endOutputType: 'utc',
      };
    }
    case 'floating':
      return {
        ...common,
        start: span.start,
        startInputType: 'local',
        startOutputType: 'local',
        end: span.end,
        endInputType: 'local',
        endOutputType: 'local',
      };
    case 'all-day':
      return { ...common, start: span.start, end: span.end, transp: 'TRANSPARENT' };
  }
}

function alarmBefore(name: string, startMs: number, minutes: number) {
  return {
    action: 'display' as const,
    description: minutes === 0 ? `${name} starts now` : `${name} starts in ${minutes} minutes`,
    // "-PT0M" is not a duration `ics` can write: at T-0 the alarm names the instant itself.
    trigger: minutes === 0 ? startMs : { minutes, before: true },
  };
}

/**
 * An iCalendar file of events: one VEVENT each, with a UID stable per source and event, SEQUENCE
 * raised by every recorded change, all-day or floating entries where the date is only known to
 * the day, month or part of day, STATUS:TENTATIVE while the time is not exact, the webcast
 * links in the description, and a VALARM before exact times when a lead time is given. Undated events are left out (and counted).
 */
export function buildEventCalendar(
  events: readonly CalendarEvent[],
  options: CalendarOptions,
): BuiltCalendar {
  const entries: EventAttributes[] = [];
  let undated = 0;
  for (const event of events) {
    const dateMs = event.date === null ? Number.NaN : Date.parse(event.date);
    if (Number.isNaN(dateMs)) undated += 1;
    else entries.push(entryFor(event, dateMs, options));
  }
  if (entries.length === 0 && options.allowEmpty !== true) {
    throw new CalendarExportError(
      events.length === 0
        ? 'There are no events to export.'
        : 'None of these events has a date yet, so there is nothing to put in a calendar.',
    );
  }
  const { error, value } = createEvents(entries, {
    productId: PRODUCT_ID,
    method: 'PUBLISH',
    calName: options.calendarName,
  });
  if (error !== null || value === null) {
    throw new CalendarExportError(
      `The calendar file could not be made: ${error?.message ?? 'unknown error'}`,
    );
  }
  return { ics: value, included: entries.length, undated };
}
