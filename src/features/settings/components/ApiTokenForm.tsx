import { useId, useState } from 'react';
import { useSettings, useUpdateSettings } from '../../../ui/settings/useSettings.ts';
import { buttonClass, inputClass } from './formStyles.ts';
import { explainError } from '../../../lib/explainError.ts';

/** "API token": sent as `Authorization: Token …` to the chosen source, kept on this device only. */
export function ApiTokenForm() {
  const settings = useSettings();
  const updateSettings = useUpdateSettings();
  const [token, setToken] = useState(settings.apiToken ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const tokenId = useId();
  const hintId = useId();

  const save = (value: string | null) => {
    updateSettings({ apiToken: value }).then(
      () => {
        setMessage(value === null ? 'Token removed.' : 'Token saved on this device.');
      },
      (error: unknown) => {
        setMessage(`Could not save. ${explainError(error)}`);
      },
    );
  };

  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        save(token.trim() === '' ? null : token.trim());
      }}
    >
      <label htmlFor={tokenId} className="block text-sm font-medium">
        API token
      </label>
      <input
        id={tokenId}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={token}
        aria-describedby={hintId}
        onChange={(event) => {
          setToken(event.target.value);
        }}
        className={inputClass}
      />
      <p id={hintId} className="text-xs text-slate-500 dark:text-slate-400">
        Optional. Sent to the API as “Authorization: Token …” for a higher request limit. Stored on
        this device only, never synced or shared.
      </p>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass}>
          Save token
        </button>
        {settings.apiToken !== null && (
          <button
            type="button"
            className={buttonClass}
            onClick={() => {
              setToken('');
              save(null);
            }}
          >
            Remove token
          </button>
        )}
      </div>
      {message !== null && (
        <p role="status" className="text-sm">
          {message}
        </p>
      )}
    </form>
  );
}
