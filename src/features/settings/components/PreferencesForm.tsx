import { useId, useState } from 'react';
import type { Settings } from '../../../db/settings.ts';
import { useSettings, useUpdateSettings } from '../../../ui/settings/useSettings.ts';
import { inputClass } from './formStyles.ts';
import { explainError } from '../../../lib/explainError.ts';

/** LL2's language codes as it sends them (note Japanese is "jp"). */
const WEBCAST_LANGUAGES: readonly { code: string; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Spanish' },
  { code: 'fr', name: 'French' },
  { code: 'de', name: 'German' },
  { code: 'it', name: 'Italian' },
  { code: 'pt', name: 'Portuguese' },
  { code: 'ru', name: 'Russian' },
  { code: 'zh', name: 'Chinese' },
  { code: 'jp', name: 'Japanese' },
  { code: 'ko', name: 'Korean' },
  { code: 'hi', name: 'Hindi' },
];

/**
 * The preferred webcast language (used by the webcasts feature). Theme and time zone are switched
 * in the app header, so they are not repeated here.
 */
export function PreferencesForm() {
  const settings = useSettings();
  const updateSettings = useUpdateSettings();
  const languageId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const save = (patch: Partial<Settings>) => {
    setProblem(null);
    updateSettings(patch).catch((error: unknown) => {
      setProblem(`Could not save. ${explainError(error)}`);
    });
  };

  return (
    <div className="max-w-xs">
      <div>
        <label htmlFor={languageId} className="block text-sm font-medium">
          Preferred webcast language
        </label>
        <select
          id={languageId}
          className={inputClass}
          value={settings.webcastLanguage ?? ''}
          onChange={(event) => {
            save({ webcastLanguage: event.target.value === '' ? null : event.target.value });
          }}
        >
          <option value="">No preference</option>
          {WEBCAST_LANGUAGES.map((language) => (
            <option key={language.code} value={language.code}>
              {language.name}
            </option>
          ))}
        </select>
      </div>
      {problem !== null && (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
    </div>
  );
}
