import type { TimeZoneChoice } from '../../../ui/events/formatEventDate.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "5 Mar, 14:02 UTC": when this device noticed a change (always exact: it is our own clock). */
export function formatSeenAt(ms: number, timeZone: TimeZoneChoice, localTimeZone?: string): string {
  const zone = timeZone === 'utc' ? 'UTC' : localTimeZone;
  const key = zone ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
      timeZone: zone,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(ms);
}
