const ISO_DURATION =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Reads an ISO 8601 duration ("PT2H", "P1DT3H20M", "PT1H50M10S") as seconds, or null when it is
 * not one. Years and months count as 365 and 30 days: durations of events are hours, not years.
 */
export function parseIsoDurationSeconds(raw: string | null | undefined): number | null {
  if (!raw) return null;
  const text = raw.trim().toUpperCase();
  const match = ISO_DURATION.exec(text);
  // "P" and "PT" alone match the pattern but say nothing.
  if (!match || text.endsWith('T') || text.length < 3) return null;
  const [, y, mo, w, d, h, mi, s] = match.map((part: string | undefined) =>
    part === undefined ? 0 : Number(part),
  );
  return (
    (y ?? 0) * 365 * 86_400 +
    (mo ?? 0) * 30 * 86_400 +
    (w ?? 0) * 7 * 86_400 +
    (d ?? 0) * 86_400 +
    (h ?? 0) * 3_600 +
    (mi ?? 0) * 60 +
    (s ?? 0)
  );
}

/** "2 h", "1 h 50 min", "3 d 4 h", "45 s": the two largest units, rounded down. */
export function formatDurationSeconds(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const units: [number, string][] = [
    [86_400, 'd'],
    [3_600, 'h'],
    [60, 'min'],
    [1, 's'],
  ];
  const parts: string[] = [];
  let rest = seconds;
  for (const [size, label] of units) {
    const amount = Math.floor(rest / size);
    if (amount > 0 && parts.length < 2) parts.push(`${amount} ${label}`);
    if (parts.length > 0 && amount === 0 && parts.length < 2) break;
    rest -= amount * size;
  }
  return parts.length > 0 ? parts.join(' ') : '0 s';
}

/** An ISO 8601 duration for people ("PT2H" → "2 h"), or null when it is missing or unreadable. */
export function formatIsoDuration(raw: string | null | undefined): string | null {
  const seconds = parseIsoDurationSeconds(raw);
  return seconds === null ? null : formatDurationSeconds(seconds);
}
