import { useSettings } from '../settings/useSettings.ts';
import { formatEventDate } from './formatEventDate.ts';

interface EventDateProps {
  dateMs: number | null;
  precisionId: number | null;
  now: number;
  className?: string;
}

/** A date as precise as the API says it is, in the viewer's zone or UTC (Settings.timeZone). */
export function EventDate({ dateMs, precisionId, now, className = '' }: EventDateProps) {
  const { timeZone } = useSettings();
  const text = formatEventDate(dateMs, precisionId, { timeZone, now });
  if (dateMs === null) return <span className={className}>{text}</span>;
  return (
    <time dateTime={new Date(dateMs).toISOString()} className={`tabular-nums ${className}`}>
      {text}
    </time>
  );
}
