/**
 * One formatter for counts ("1,234"), made once: `toLocaleString('en-US')` builds a new one per
 * call, and a list page formats a hundred facet counts on every keystroke.
 */
const counts = new Intl.NumberFormat('en-US');

export function formatCount(count: number): string {
  return counts.format(count);
}

/** A count with its noun: "1 event", "1,234 events". */
export function formatCountOf(count: number, singular: string, plural: string): string {
  return `${counts.format(count)} ${count === 1 ? singular : plural}`;
}
