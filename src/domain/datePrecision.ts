/**
 * LL2's `date_precision`: how much of an event's date is known (DESIGN §2). One home for the ids
 * and for what they mean to the app, so a row, a countdown, a calendar entry and "live" agree.
 */

/** LL2 `date_precision` ids. */
export const DatePrecisionId = {
  second: 0,
  minute: 1,
  hour: 2,
  morning: 3,
  afternoon: 4,
  day: 5,
  week: 6,
  month: 7,
  q1: 8,
  q4: 11,
  h1: 12,
  h2: 13,
  year: 14,
  fiscalYear: 15,
  decade: 16,
} as const;

/**
 * The date names an exact instant: second or minute precision, no precision given, or an id LL2
 * has not defined (shown as a time, so treated as one). Earns a ticking countdown, a timed
 * calendar entry with an alarm.
 */
export function isExactTime(precisionId: number | null): boolean {
  return (
    precisionId === null ||
    precisionId === DatePrecisionId.second ||
    precisionId === DatePrecisionId.minute ||
    precisionId < DatePrecisionId.second ||
    precisionId > DatePrecisionId.decade
  );
}

/** The date names an instant to within the hour: exact, or hour precision. */
export function isTimeWithinHour(precisionId: number | null): boolean {
  return isExactTime(precisionId) || precisionId === DatePrecisionId.hour;
}
