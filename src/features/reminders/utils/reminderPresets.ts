/** Event types people may be reminded of wholesale ("every docking"), by LL2 type id. */
export const REMINDER_PRESETS: readonly { typeId: number; label: string }[] = [
  { typeId: 2, label: 'All dockings' },
  { typeId: 8, label: 'All undockings' },
  { typeId: 3, label: 'All spacewalks' },
  { typeId: 9, label: 'All spacecraft landings' },
  { typeId: 7, label: 'All Moon landings' },
  { typeId: 5, label: 'All static fires' },
];

/** Lead times offered, in minutes before T-0. */
export const LEAD_TIME_CHOICES: readonly { minutes: number; label: string }[] = [
  { minutes: 0, label: 'At T-0' },
  { minutes: 5, label: '5 minutes before' },
  { minutes: 15, label: '15 minutes before' },
  { minutes: 30, label: '30 minutes before' },
  { minutes: 60, label: '1 hour before' },
  { minutes: 180, label: '3 hours before' },
  { minutes: 1440, label: '1 day before' },
];
