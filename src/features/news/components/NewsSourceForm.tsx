import { useId, useState } from 'react';
import {
  DEFAULT_SNAPI_BASE_URL,
  PRODUCTION_SNAPI_BASE_URL,
  resolveNewsBaseUrl,
} from '../../../api/snapi/baseUrl.ts';
import { useSettings, useUpdateSettings } from '../../../ui/settings/useSettings.ts';
import { explainError } from '../../../lib/explainError.ts';

const pageOrigin = () => (typeof location === 'undefined' ? null : location.origin);

const fieldClass =
  'mt-1 block w-full max-w-xl rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-sky-600 focus:ring-1 focus:ring-sky-600 focus:outline-none dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
const buttonClass =
  'rounded border border-slate-300 px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800';

/** Settings' "News API URL": where event news comes from (https, or http on this machine). */
export function NewsSourceForm() {
  const settings = useSettings();
  const updateSettings = useUpdateSettings();
  const [url, setUrl] = useState(settings.newsUrl ?? DEFAULT_SNAPI_BASE_URL);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const urlId = useId();
  const hintId = useId();
  const problemId = useId();

  const save = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    setSaved(null);
    let resolved: string;
    try {
      resolved = resolveNewsBaseUrl(url, pageOrigin());
    } catch (error) {
      setProblem(explainError(error));
      return;
    }
    setProblem(null);
    const stored = url.trim().startsWith('/') ? url.trim() : resolved;
    updateSettings({ newsUrl: stored }).then(
      () => {
        setSaved(`News now comes from ${resolved}.`);
      },
      (error: unknown) => {
        setProblem(`Could not save. ${explainError(error)}`);
      },
    );
  };

  return (
    <form onSubmit={save} noValidate className="space-y-2">
      <div>
        <label htmlFor={urlId} className="block text-sm font-medium">
          News API URL
        </label>
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-300">
          A Spaceflight News API v4 address, such as {PRODUCTION_SNAPI_BASE_URL}. News has its own
          small request budget; a failure there never holds up the events.
        </p>
        <input
          id={urlId}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={url}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? hintId : `${hintId} ${problemId}`}
          onChange={(event) => {
            setUrl(event.target.value);
          }}
          className={fieldClass}
        />
        {problem !== null && (
          <p id={problemId} role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
            {problem}
          </p>
        )}
      </div>
      <button type="submit" className={buttonClass}>
        Use this news source
      </button>
      {saved !== null && (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
          {saved}
        </p>
      )}
    </form>
  );
}
