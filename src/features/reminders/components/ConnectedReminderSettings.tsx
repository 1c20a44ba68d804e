import { useQuery } from '@tanstack/react-query';
import { useSource } from '../../../ui/source/useSource.ts';
import { backgroundCheckQuery } from '../queries/reminderQueries.ts';
import { useBackgroundSyncSupport } from '../hooks/useBackgroundSyncSupport.ts';
import { useNotificationPermission } from '../hooks/useNotificationPermission.ts';
import { useReminderSettings } from '../hooks/useReminderSettings.ts';
import { ReminderSettingsPanel } from './ReminderSettingsPanel.tsx';
import { explainError } from '../../../lib/explainError.ts';

/** The reminder panel wired to the stored choices and the browser's permission. */
export function ConnectedReminderSettings() {
  const { settings, update, error } = useReminderSettings();
  const { permission, request } = useNotificationPermission();
  const backgroundSync = useBackgroundSyncSupport();
  const { db } = useSource();
  const lastBackgroundCheck = useQuery(backgroundCheckQuery(db)).data ?? null;
  return (
    <>
      <ReminderSettingsPanel
        settings={settings}
        onChange={update}
        permission={permission}
        backgroundSync={backgroundSync}
        lastBackgroundCheck={lastBackgroundCheck}
        onEnableNotifications={() => void request()}
      />
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          The reminder settings could not be saved. {explainError(error)}
        </p>
      )}
    </>
  );
}
