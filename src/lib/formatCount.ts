/**
 * One formatter for counts ("1,234"), made on first use: `toLocaleString('en-US')` builds a new one
 * per call, and a list page formats a hundred facet counts on every keystroke. Not made when the
 * module loads: the process's first `Intl` object loads the locale data (10–15 ms in a fresh
 * renderer), which belongs in the first render's slices, not in the entry script's one
 * evaluation task (decision 035).
 */
let counts: Intl.NumberFormat | undefined;

export function formatCount(count: number): string {
  counts ??= new Intl.NumberFormat('en-US');
  return counts.format(count);
}

/** A count with its noun: "1 event", "1,234 events". */
export function formatCountOf(count: number, singular: string, plural: string): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
