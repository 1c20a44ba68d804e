import type { Settings } from '../../db/settings.ts';
import { useSettings } from '../settings/useSettings.ts';
import { formatEventDate } from './formatEventDate.ts';

interface EventDateProps {
  dateMs: number | null;
  precisionId: number | null;
  now: number;
  className?: string;
}

/** A date as precise as the API says it is, in the viewer's zone or UTC (Settings.timeZone). */
export function EventDate(props: EventDateProps) {
  const { timeZone } = useSettings();
  return <EventDateIn {...props} timeZone={timeZone} />;
}

/**
 * `EventDate` in a zone its caller read: a list reads the setting once for all its rows, where a
 * subscription per row was a cost of every search (each search mounts new rows).
 */
export function EventDateIn({
  dateMs,
  precisionId,
  now,
  className = '',
  timeZone,
}: EventDateProps & { timeZone: Settings['timeZone'] }) {
  const text = formatEventDate(dateMs, precisionId, { timeZone, now });
  if (dateMs === null) return <span className={className}>{text}</span>;
  return (
    <time dateTime={new Date(dateMs).toISOString()} className={`tabular-nums ${className}`}>
      {text}
    </time>
  );
}
