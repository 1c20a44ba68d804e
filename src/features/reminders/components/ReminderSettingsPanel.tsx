import { useId } from 'react';
import type { BackgroundCheckRow } from '../../../db/personalRows.ts';
import { useNow } from '../../../lib/useNow.ts';
import type { BackgroundSyncSupport } from '../utils/backgroundSync.ts';
import { BackgroundSyncLines } from './BackgroundSyncLines.tsx';
import type { NotificationPermissionState } from '../utils/notifications.ts';
import type { ReminderSettings } from '../utils/planReminders.ts';
import { LEAD_TIME_CHOICES, REMINDER_PRESETS } from '../utils/reminderPresets.ts';

interface ReminderSettingsPanelProps {
  settings: ReminderSettings;
  onChange: (patch: Partial<ReminderSettings>) => void;
  permission: NotificationPermissionState;
  /** Whether the browser lets the app check for changes while closed; null: not known yet. */
  backgroundSync?: BackgroundSyncSupport | null;
  /** The last check the service worker made with the app closed; null: none yet. */
  lastBackgroundCheck?: Omit<BackgroundCheckRow, 'key'> | null;
  /** The time "ago" is measured from (tests); by default the clock, ticking each minute. */
  now?: number;
  /** Asks the browser for permission: only ever called from the button's click. */
  onEnableNotifications: () => void;
}

function PermissionLine({
  permission,
  onEnable,
}: {
  permission: NotificationPermissionState;
  onEnable: () => void;
}) {
  switch (permission) {
    case 'granted':
      return (
        <p className="text-sm text-emerald-800 dark:text-emerald-300">
          Notifications are on. They come while Rendezvous is open or installed, offline too.
        </p>
      );
    case 'denied':
      return (
        <p className="text-sm text-amber-800 dark:text-amber-300">
          This browser blocks notifications from Rendezvous. Allow them in the site settings to get
          reminders.
        </p>
      );
    case 'unsupported':
      return (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          This browser cannot show notifications.
        </p>
      );
    case 'default':
      return (
        <button
          type="button"
          onClick={onEnable}
          className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500 dark:bg-sky-600 dark:hover:bg-sky-500"
        >
          Turn on notifications
        </button>
      );
  }
}

/** How and when reminders come: lead time, webcast-live alerts and whole-type presets. */
export function ReminderSettingsPanel({
  settings,
  onChange,
  permission,
  backgroundSync = null,
  lastBackgroundCheck = null,
  now,
  onEnableNotifications,
}: ReminderSettingsPanelProps) {
  const leadId = useId();
  const ticking = useNow(60_000);
  const presets = new Set(settings.presetTypeIds);
  const togglePreset = (typeId: number, on: boolean) => {
    const next = new Set(presets);
    if (on) next.add(typeId);
    else next.delete(typeId);
    onChange({ presetTypeIds: [...next].sort((a, b) => a - b) });
  };
  return (
    <section
      aria-labelledby={`${leadId}-heading`}
      className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <h2 id={`${leadId}-heading`} className="text-lg font-bold">
        Reminders
      </h2>
      <PermissionLine permission={permission} onEnable={onEnableNotifications} />
      {backgroundSync !== null && permission !== 'unsupported' && (
        <BackgroundSyncLines
          support={backgroundSync}
          lastCheck={lastBackgroundCheck}
          now={now ?? ticking}
        />
      )}
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={leadId} className="font-medium">
          Remind me
        </label>
        <select
          id={leadId}
          value={settings.leadMinutes}
          onChange={(event) => {
            onChange({ leadMinutes: Number(event.target.value) });
          }}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
        >
          {LEAD_TIME_CHOICES.map((choice) => (
            <option key={choice.minutes} value={choice.minutes}>
              {choice.label}
            </option>
          ))}
        </select>
        <span className="text-slate-600 dark:text-slate-300">
          a starred event (when its time is known)
        </span>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={settings.webcastLive}
          onChange={(event) => {
            onChange({ webcastLive: event.target.checked });
          }}
          className="size-4 accent-sky-700"
        />
        When a webcast goes live
      </label>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Also remind me of</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {REMINDER_PRESETS.map((preset) => (
            <label key={preset.typeId} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={presets.has(preset.typeId)}
                onChange={(event) => {
                  togglePreset(preset.typeId, event.target.checked);
                }}
                className="size-4 accent-sky-700"
              />
              {preset.label}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
