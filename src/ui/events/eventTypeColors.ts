/** Chip colours by kind of event, so a column of rows reads at a glance. Each pair keeps AA contrast. */
const CHIP_BY_KIND = {
  docking: 'bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100',
  spacewalk: 'bg-violet-100 text-violet-900 dark:bg-violet-900/60 dark:text-violet-100',
  return: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100',
  test: 'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100',
  launch: 'bg-orange-100 text-orange-900 dark:bg-orange-900/60 dark:text-orange-100',
  sky: 'bg-indigo-100 text-indigo-900 dark:bg-indigo-900/60 dark:text-indigo-100',
  people: 'bg-rose-100 text-rose-900 dark:bg-rose-900/60 dark:text-rose-100',
  other: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
} as const;

// Event type ids of DESIGN §2; ids not listed (new ones included) fall back to "other".
const KIND_BY_TYPE_ID: Record<number, keyof typeof CHIP_BY_KIND> = {
  2: 'docking',
  4: 'docking',
  12: 'docking',
  25: 'docking',
  3: 'spacewalk',
  8: 'return',
  9: 'return',
  13: 'return',
  26: 'return',
  5: 'test',
  10: 'test',
  14: 'test',
  18: 'test',
  19: 'test',
  21: 'test',
  22: 'test',
  24: 'launch',
  27: 'launch',
  16: 'launch',
  7: 'sky',
  11: 'sky',
  23: 'sky',
  15: 'people',
  17: 'people',
  20: 'people',
  28: 'people',
};

export function eventTypeChipClass(typeId: number): string {
  return CHIP_BY_KIND[KIND_BY_TYPE_ID[typeId] ?? 'other'];
}
