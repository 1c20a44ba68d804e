import { useId } from 'react';
import { useSettings, useUpdateSettings } from '../ui/settings/useSettings.ts';

const THEMES = [
  ['system', 'System'],
  ['light', 'Light'],
  ['dark', 'Dark'],
] as const;

/** The theme switch and the one-click UTC switch, both remembered in Settings. */
export function DisplayToggles() {
  const { theme, timeZone } = useSettings();
  const updateSettings = useUpdateSettings();
  const themeId = useId();
  const utc = timeZone === 'utc';
  return (
    <div className="flex items-center gap-2 text-sm">
      <button
        type="button"
        aria-pressed={utc}
        title={utc ? 'Times are shown in UTC' : 'Times are shown in your time zone'}
        onClick={() => {
          void updateSettings({ timeZone: utc ? 'local' : 'utc' });
        }}
        className="rounded-md border border-slate-300 px-2 py-1 font-semibold aria-pressed:border-sky-700 aria-pressed:bg-sky-700 aria-pressed:text-white dark:border-slate-600"
      >
        UTC
      </button>
      <label htmlFor={themeId} className="sr-only">
        Theme
      </label>
      <select
        id={themeId}
        value={theme}
        onChange={(event) => {
          const next = THEMES.find(([value]) => value === event.target.value);
          if (next) void updateSettings({ theme: next[0] });
        }}
        className="rounded-md border border-slate-300 bg-white px-1.5 py-1 dark:border-slate-600 dark:bg-slate-900"
      >
        {THEMES.map(([value, label]) => (
          <option key={value} value={value}>
            {label} theme
          </option>
        ))}
      </select>
    </div>
  );
}
