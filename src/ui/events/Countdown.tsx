import { useState } from 'react';
import { useNow } from '../../lib/useNow.ts';
import { countdownKind, formatCountdown } from './formatEventDate.ts';

interface CountdownProps {
  dateMs: number | null;
  precisionId: number | null;
  className?: string;
}

/**
 * A live countdown, only where the date is precise enough to deserve one: ticking each second for
 * exact times, each minute (worded "about") for hour precision. Renders nothing otherwise.
 */
export function Countdown({ dateMs, precisionId, className = '' }: CountdownProps) {
  const kind = countdownKind(precisionId);
  // Ticks only for a date still ahead when mounted: past events need no timer at all.
  const [mountedAt] = useState(() => Date.now());
  const live = kind !== null && dateMs !== null && dateMs > mountedAt;
  const now = useNow(live ? (kind === 'exact' ? 1000 : 60_000) : null);
  const text = formatCountdown(dateMs, precisionId, now);
  if (text === null) return null;
  // Screen readers get the static date elsewhere; a live region ticking every second would be noise.
  return <span className={`tabular-nums ${className}`}>{text}</span>;
}
