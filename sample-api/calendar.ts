/**
 * Moves an instant to the representative instant LL2 uses for a coarse `date_precision`: the last
 * day of the period at 00:00 UTC (so "NET March" stays upcoming all of March). Finer precisions are
 * rounded to their own unit.
 */
export function snapToPrecision(ms: number, precisionId: number | null): number {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const lastDayOf = (y: number, monthAfter: number): number => Date.UTC(y, monthAfter, 0);
  switch (precisionId) {
    case 0:
      return Math.floor(ms / 1000) * 1000;
    case 1:
      return Math.floor(ms / 60_000) * 60_000;
    case 2:
      return Math.floor(ms / 3_600_000) * 3_600_000;
    case 3:
      return Date.UTC(year, month, date.getUTCDate(), 9);
    case 4:
      return Date.UTC(year, month, date.getUTCDate(), 15);
    case 5:
      return Date.UTC(year, month, date.getUTCDate());
    case 6: {
      const daysToSunday = (7 - date.getUTCDay()) % 7;
      return Date.UTC(year, month, date.getUTCDate() + daysToSunday);
    }
    case 7:
      return lastDayOf(year, month + 1);
    case 8:
    case 9:
    case 10:
    case 11:
      return lastDayOf(year, (precisionId - 7) * 3);
    case 12:
    case 13:
      return lastDayOf(year, (precisionId - 11) * 6);
    case 14:
      return lastDayOf(year, 12);
    case 15:
      // US federal fiscal year: it ends on 30 September.
      return month >= 9 ? lastDayOf(year + 1, 9) : lastDayOf(year, 9);
    case 16:
      return lastDayOf(Math.floor(year / 10) * 10 + 9, 12);
    default:
      return Math.floor(ms / 1000) * 1000;
  }
}

/** The quarter / half precision id that contains an instant. */
export function quarterPrecision(ms: number): number {
  return 8 + Math.floor(new Date(ms).getUTCMonth() / 3);
}

export function halfPrecision(ms: number): number {
  return 12 + Math.floor(new Date(ms).getUTCMonth() / 6);
}
