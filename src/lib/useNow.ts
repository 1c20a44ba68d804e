import { useEffect, useState } from 'react';

/**
 * The current time in epoch ms, refreshed every `intervalMs` (aligned to the interval, so
 * second-by-second countdowns on one page tick together). Pass null to stop ticking.
 */
export function useNow(intervalMs: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (intervalMs === null) return undefined;
    let timer: number | undefined;
    const schedule = () => {
      timer = window.setTimeout(
        () => {
          setNow(Date.now());
          schedule();
        },
        intervalMs - (Date.now() % intervalMs),
      );
    };
    schedule();
    return () => {
      window.clearTimeout(timer);
    };
  }, [intervalMs]);
  return now;
}
