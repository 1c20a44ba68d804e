import { loadReminderSettings } from '../../../db/personalStore.ts';
import type { SourceDatabase } from '../../../db/sourceDatabase.ts';

/** The VALARM lead time when the person has chosen none: the reminders' own default. */
export const DEFAULT_ALARM_LEAD_MINUTES = 15;

/** The alarm of an exported entry goes off at the person's reminder lead time (Settings). */
export async function alarmLeadMinutes(db: SourceDatabase): Promise<number> {
  return (await loadReminderSettings(db))?.leadMinutes ?? DEFAULT_ALARM_LEAD_MINUTES;
}
