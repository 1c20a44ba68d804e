// Its own module so the always-visible sync status can say how long to wait without loading the
// API client's error classes.

/** "45 s", "14 min", "1 h 5 min": rounded up, because waiting less than asked gets throttled again. */
export function formatWait(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.ceil(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
