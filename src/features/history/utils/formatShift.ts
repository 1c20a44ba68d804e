const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** U+2212: a real minus sign reads better than a hyphen next to "+" in a list of moves. */
const MINUS = '\u2212';

/**
 * How far a date moved, short and signed: "+2 d", "+1 h 30 min", "−30 min", "+45 s". At most two
 * units, the second rounded, because "+2 d 3 h" says what matters and "+2 d 3 h 12 min 5 s" does not.
 */
export function formatShift(deltaMs: number): string {
  const sign = deltaMs < 0 ? MINUS : '+';
  const abs = Math.abs(deltaMs);
  // Round first, then pick the unit: 59 min 50 s is "+1 h", not "+60 min".
  const seconds = Math.round(abs / 1000);
  if (seconds < 60) return `${sign}${seconds} s`;
  const minutes = Math.round(abs / MINUTE_MS);
  if (minutes < 60) return `${sign}${minutes} min`;
  if (minutes < DAY_MS / MINUTE_MS) {
    return `${sign}${twoUnits(Math.floor(minutes / 60), 'h', minutes % 60, 'min')}`;
  }
  const hours = Math.round(abs / HOUR_MS);
  return `${sign}${twoUnits(Math.floor(hours / 24), 'd', hours % 24, 'h')}`;
}

function twoUnits(major: number, majorUnit: string, minor: number, minorUnit: string): string {
  return minor === 0 ? `${major} ${majorUnit}` : `${major} ${majorUnit} ${minor} ${minorUnit}`;
}
