import { NO_FILTERS, eventFiltersQueryString, type EventFilters } from './eventFilters.ts';
import type { TimeZoneChoice } from '../../../ui/events/formatEventDate.ts';

export interface EventPreset {
  label: string;
  /** Path and query string: a preset is just a view, i.e. a link. */
  href: string;
}

const TYPE_DOCKING = 2;
const TYPE_EVA = 3;
const DAY_MS = 86_400_000;

function view(path: string, filters: Partial<EventFilters>): string {
  const query = eventFiltersQueryString({ ...NO_FILTERS, ...filters });
  return query ? `${path}?${query}` : path;
}

/**
 * Monday 00:00 of the week holding `now`, in the viewer's zone or UTC: "this week" is the viewer's
 * calendar week, like every time they see.
 */
export function startOfWeek(now: number, timeZone: TimeZoneChoice): number {
  const date = new Date(now);
  if (timeZone === 'utc') {
    const weekday = (date.getUTCDay() + 6) % 7;
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - weekday);
  }
  const weekday = (date.getDay() + 6) % 7;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - weekday).getTime();
}

/** One-click views: upcoming dockings, spacewalks, what is live now, and this calendar week. */
export function eventPresets(now: number, timeZone: TimeZoneChoice): EventPreset[] {
  const weekStart = startOfWeek(now, timeZone);
  // Seven calendar days later; a DST change moves the local midnight by an hour, so round to it.
  const weekEnd =
    timeZone === 'utc'
      ? weekStart + 7 * DAY_MS
      : startOfWeek(weekStart + 7 * DAY_MS + 12 * 3_600_000, timeZone);
  return [
    { label: 'Upcoming dockings', href: view('/events/upcoming', { typeIds: [TYPE_DOCKING] }) },
    { label: 'Spacewalks', href: view('/events/upcoming', { typeIds: [TYPE_EVA] }) },
    { label: 'Live now', href: view('/events', { liveNow: true }) },
    {
      label: 'This week',
      href: view('/events', { dateGte: weekStart, dateLt: weekEnd, ordering: 'date' }),
    },
  ];
}
