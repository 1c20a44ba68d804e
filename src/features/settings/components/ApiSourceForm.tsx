import { useId, useState } from 'react';
import { KNOWN_API_SOURCES, resolveApiBaseUrl } from '../../../api/baseUrl.ts';
import { useSource } from '../../../ui/source/useSource.ts';
import { useSettings, useUpdateSettings } from '../../../ui/settings/useSettings.ts';
import { buttonClass, inputClass } from './formStyles.ts';
import { explainError } from '../../../lib/explainError.ts';

const pageOrigin = () => (typeof location === 'undefined' ? null : location.origin);

/** Which known source a typed URL is, or 'custom'. */
function knownSourceOf(url: string): string {
  try {
    const resolved = resolveApiBaseUrl(url, pageOrigin());
    const known = KNOWN_API_SOURCES.find(
      (source) => resolveApiBaseUrl(source.url, pageOrigin()) === resolved,
    );
    return known?.id ?? 'custom';
  } catch {
    return 'custom';
  }
}

/** "API URL": production, the development server, the built-in sample server, or any URL. */
export function ApiSourceForm() {
  const { apiBaseUrl } = useSource();
  const settings = useSettings();
  const updateSettings = useUpdateSettings();
  const [url, setUrl] = useState(settings.apiUrl ?? apiBaseUrl);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const urlId = useId();
  const problemId = useId();
  const chosen = knownSourceOf(url);

  const save = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    setSaved(null);
    let resolved: string;
    try {
      resolved = resolveApiBaseUrl(url, pageOrigin());
    } catch (error) {
      setProblem(explainError(error));
      return;
    }
    setProblem(null);
    // Origin-relative URLs (the sample server) are kept as typed, so they follow the app's origin.
    const stored = url.trim().startsWith('/') ? url.trim() : resolved;
    updateSettings({ apiUrl: stored }).then(
      () => {
        setSaved(`Now using ${resolved}. Its events are stored separately from other sources.`);
      },
      (error: unknown) => {
        setProblem(`Could not save. ${explainError(error)}`);
      },
    );
  };

  return (
    <form onSubmit={save} noValidate className="space-y-3">
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Source</legend>
        {KNOWN_API_SOURCES.map((source) => (
          <label key={source.id} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="api-source"
              className="mt-1"
              checked={chosen === source.id}
              onChange={() => {
                setUrl(source.url);
              }}
            />
            <span>
              <span className="font-medium">{source.label}</span>{' '}
              <span className="text-slate-500 dark:text-slate-400">— {source.description}</span>
            </span>
          </label>
        ))}
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="api-source"
            className="mt-1"
            checked={chosen === 'custom'}
            readOnly
          />
          <span className="font-medium">Another URL</span>
        </label>
      </fieldset>
      <div>
        <label htmlFor={urlId} className="block text-sm font-medium">
          API URL
        </label>
        <input
          id={urlId}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={url}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? undefined : problemId}
          onChange={(event) => {
            setUrl(event.target.value);
          }}
          className={inputClass}
        />
        {problem !== null && (
          <p id={problemId} role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
            {problem}
          </p>
        )}
      </div>
      <button type="submit" className={buttonClass}>
        Use this source
      </button>
      {saved !== null && (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
          {saved}
        </p>
      )}
    </form>
  );
}
