import { DatePrecisionId, isExactTime } from '../../domain/datePrecision.ts';

/** Whether times are shown in the viewer's zone or in UTC (Settings.timeZone). */
export type TimeZoneChoice = 'local' | 'utc';

export interface EventDateFormat {
  timeZone: TimeZoneChoice;
  /** Now, epoch ms: decides "NET" for future events. */
  now: number;
  /** The IANA zone "local" means; the runtime's own zone when absent (tests pass one). */
  localTimeZone?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Creating an Intl.DateTimeFormat costs far more than using one; a list formats thousands of dates.
function formatter(timeZone: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${timeZone ?? ''}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

function partsOf(ms: number, timeZone: string | undefined, options: Intl.DateTimeFormatOptions) {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone, options).formatToParts(ms)) parts[part.type] = part.value;
  return parts;
}

const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};

/** "12 July 2026" in the given zone. */
function calendarDay(ms: number, timeZone: string | undefined): string {
  const { day = '', month = '', year = '' } = partsOf(ms, timeZone, DAY_MONTH_YEAR);
  return `${day} ${month} ${year}`;
}

function clockTime(ms: number, timeZone: string | undefined, withSeconds: boolean) {
  const {
    hour = '',
    minute = '',
    second = '',
    timeZoneName = '',
  } = partsOf(ms, timeZone, {
    hour: '2-digit',
    minute: '2-digit',
    second: withSeconds ? '2-digit' : undefined,
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
  return { hour, minute, second, zone: timeZoneName };
}

function zoneOf(options: EventDateFormat): string | undefined {
  return options.timeZone === 'utc' ? 'UTC' : options.localTimeZone;
}

/**
 * A date as precise as LL2 says it is, never more (DESIGN §2): "12 July 2026, 14:30 UTC",
 * "12 July 2026, around 14:00 CEST", "afternoon of 12 July 2026 (local time)", "NET July 2026",
 * "Q3 2026", "2020s".
 *
 * Times (second, minute, hour, or no precision, meaning exact) are shown in the chosen zone.
 * Day-level and coarser dates are read in UTC whatever the zone: `date` is then only a
 * representative instant, and moving it into another zone would shift the day, month or year
 * the API actually announced. "NET" (no earlier than) marks future month- and year-level dates.
 */
export function formatEventDate(
  dateMs: number | null,
  precisionId: number | null,
  options: EventDateFormat,
): string {
  if (dateMs === null || !Number.isFinite(dateMs)) return 'Date not announced';
  const utc = (opts: Intl.DateTimeFormatOptions) => partsOf(dateMs, 'UTC', opts);
  const net = dateMs > options.now ? 'NET ' : '';
  const year = () => utc({ year: 'numeric' }).year ?? '';
  switch (precisionId) {
    case DatePrecisionId.hour: {
      // Round to the nearest hour: "around 14:00" must not claim the minutes of a placeholder.
      const rounded = Math.round(dateMs / 3_600_000) * 3_600_000;
      const time = clockTime(rounded, zoneOf(options), false);
      return `${calendarDay(rounded, zoneOf(options))}, around ${time.hour}:00 ${time.zone}`;
    }
    case DatePrecisionId.morning:
      return `morning of ${calendarDay(dateMs, 'UTC')} (local time)`;
    case DatePrecisionId.afternoon:
      return `afternoon of ${calendarDay(dateMs, 'UTC')} (local time)`;
    case DatePrecisionId.day:
      return calendarDay(dateMs, 'UTC');
    case DatePrecisionId.week:
      return `week of ${calendarDay(dateMs, 'UTC')}`;
    case DatePrecisionId.month: {
      const { month = '', year: y = '' } = utc({ month: 'long', year: 'numeric' });
      return `${net}${month} ${y}`;
    }
    case 8:
    case 9:
    case 10:
    case 11:
      return `Q${precisionId - 7} ${year()}`;
    case DatePrecisionId.h1:
    case DatePrecisionId.h2:
      return `H${precisionId - 11} ${year()}`;
    case DatePrecisionId.year:
      return `${net}${year()}`;
    case DatePrecisionId.fiscalYear:
      return `${net}FY ${year()}`;
    case DatePrecisionId.decade:
      return `${Math.floor(Number(year()) / 10) * 10}s`;
    default: {
      // Second, minute, null (exact) and ids this app does not know yet.
      const withSeconds = precisionId === DatePrecisionId.second;
      const time = clockTime(dateMs, zoneOf(options), withSeconds);
      const clock = withSeconds
        ? `${time.hour}:${time.minute}:${time.second}`
        : `${time.hour}:${time.minute}`;
      return `${calendarDay(dateMs, zoneOf(options))}, ${clock} ${time.zone}`;
    }
  }
}

/**
 * What kind of countdown a date earns: a ticking one for second/minute/exact dates, an approximate
 * one for hour precision, none for anything coarser (a countdown to a placeholder instant lies).
 */
export function countdownKind(precisionId: number | null): 'exact' | 'approximate' | null {
  if (precisionId === DatePrecisionId.hour) return 'approximate';
  return isExactTime(precisionId) ? 'exact' : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "T− 2d 03:14:05" (exact) or "in about 3 hours" (approximate) before the event; null once it has
 * started or when the precision earns no countdown.
 */
export function formatCountdown(
  dateMs: number | null,
  precisionId: number | null,
  now: number,
): string | null {
  const kind = countdownKind(precisionId);
  if (kind === null || dateMs === null || dateMs <= now) return null;
  const totalSeconds = Math.floor((dateMs - now) / 1000);
  if (kind === 'approximate') {
    const hours = Math.round(totalSeconds / 3600);
    if (hours < 1) return 'within the hour';
    if (hours < 48) return `in about ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
    return `in about ${Math.round(hours / 24)} days`;
  }
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const clock = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
  return days > 0 ? `T− ${days}d ${clock}` : `T− ${clock}`;
}
