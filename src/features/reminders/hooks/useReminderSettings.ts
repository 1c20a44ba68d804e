import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { saveReminderSettings } from '../../../db/personalStore.ts';
import { useSource } from '../../../ui/source/useSource.ts';
import { personalKeys } from '../../../ui/queries/personalQueries.ts';
import { reminderSettingsQuery } from '../queries/reminderQueries.ts';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../utils/planReminders.ts';

/** The reminder choices of the current source (defaults until saved) and a way to change them. */
export function useReminderSettings(): {
  settings: ReminderSettings;
  update: (patch: Partial<ReminderSettings>) => void;
  error: Error | null;
} {
  const { db } = useSource();
  const queryClient = useQueryClient();
  const stored = useQuery(reminderSettingsQuery(db)).data;
  const settings = useMemo<ReminderSettings>(
    () =>
      stored
        ? {
            leadMinutes: stored.leadMinutes,
            webcastLive: stored.webcastLive,
            presetTypeIds: stored.presetTypeIds,
          }
        : DEFAULT_REMINDER_SETTINGS,
    [stored],
  );
  const mutation = useMutation({
    networkMode: 'always',
    mutationFn: (next: ReminderSettings) => saveReminderSettings(db, next),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: personalKeys.reminders(db.apiBaseUrl) }),
  });
  return {
    settings,
    update: (patch) => {
      const next = { ...settings, ...patch };
      queryClient.setQueryData(personalKeys.reminders(db.apiBaseUrl), {
        ...next,
        key: 'reminders',
      });
      mutation.mutate(next);
    },
    error: mutation.error,
  };
}
