import { DatePrecisionId } from '../../domain/datePrecision.ts';

/** [year, month 1–12, day]: a calendar date, as iCalendar's VALUE=DATE wants it. */
export type CalendarDate = [number, number, number];
/** [year, month, day, hour, minute]: a wall-clock time with no zone (a "floating" time). */
export type FloatingTime = [number, number, number, number, number];

/**
 * Where an event sits in a calendar, as exactly as LL2 knows it and no more:
 * - `timed`: an instant (second, minute, hour precision, or none = exact), stored in UTC;
 * - `floating`: "morning/afternoon (local)" — a wall-clock window at the event's own location,
 *   which iCalendar expresses as a time without a zone;
 * - `all-day`: day and coarser precisions, as whole days; `end` is exclusive (RFC 5545 DTEND).
 */
export type CalendarSpan =
  | { kind: 'timed'; startMs: number; exact: boolean }
  | { kind: 'floating'; start: FloatingTime; end: FloatingTime }
  | { kind: 'all-day'; start: CalendarDate; end: CalendarDate };

const DAY_MS = 86_400_000;

function utcDate(ms: number): CalendarDate {
  const date = new Date(ms);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** The first day of `month` (1-based; may run past 12) of `year`, normalised. */
function firstOfMonth(year: number, month: number): CalendarDate {
  return utcDate(Date.UTC(year, month - 1, 1));
}

function monthsSpan(year: number, firstMonth: number, months: number) {
  return {
    kind: 'all-day' as const,
    start: firstOfMonth(year, firstMonth),
    end: firstOfMonth(year, firstMonth + months),
  };
}

/**
 * The calendar span of an event dated `dateMs` with LL2 precision `precisionId`. Day-level and
 * coarser dates are read in UTC, as the rest of the app reads them (the day the API announced).
 */
export function calendarSpan(dateMs: number, precisionId: number | null): CalendarSpan {
  const [year, month, day] = utcDate(dateMs);
  switch (precisionId) {
    case DatePrecisionId.hour:
      return {
        kind: 'timed',
        startMs: Math.round(dateMs / 3_600_000) * 3_600_000,
        exact: false,
      };
    case DatePrecisionId.morning:
      return { kind: 'floating', start: [year, month, day, 6, 0], end: [year, month, day, 12, 0] };
    case DatePrecisionId.afternoon:
      return { kind: 'floating', start: [year, month, day, 12, 0], end: [year, month, day, 18, 0] };
    case DatePrecisionId.day:
      return { kind: 'all-day', start: [year, month, day], end: utcDate(dateMs + DAY_MS) };
    case DatePrecisionId.week:
      return { kind: 'all-day', start: [year, month, day], end: utcDate(dateMs + 7 * DAY_MS) };
    case DatePrecisionId.month:
      return monthsSpan(year, month, 1);
    case 8:
    case 9:
    case 10:
    case 11:
      return monthsSpan(year, (precisionId - 8) * 3 + 1, 3);
    case DatePrecisionId.h1:
    case DatePrecisionId.h2:
      return monthsSpan(year, (precisionId - DatePrecisionId.h1) * 6 + 1, 6);
    case DatePrecisionId.year:
    case DatePrecisionId.fiscalYear:
      return monthsSpan(year, 1, 12);
    case DatePrecisionId.decade:
      return monthsSpan(Math.floor(year / 10) * 10, 1, 120);
    default:
      // Second, minute, null (exact) and ids this app does not know yet: the instant itself.
      return { kind: 'timed', startMs: dateMs, exact: true };
  }
}
