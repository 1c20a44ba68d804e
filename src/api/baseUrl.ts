import { ExplainedError } from '../lib/explainError.ts';
/** Production LL2: current data, 15 requests an hour per IP without a key. */
export const PRODUCTION_API_BASE_URL = 'https://ll.thespacedevs.com/2.3.0';
/** LL2's development server: no rate limit, but limited and stale data. */
export const DEVELOPMENT_API_BASE_URL = 'https://lldev.thespacedevs.com/2.3.0';
/** The app's own stand-in, served next to the app by the dev/preview server (origin-relative). */
export const SAMPLE_API_BASE_URL = '/sample-api/2.3.0';

export interface KnownApiSource {
  id: 'production' | 'development' | 'sample';
  label: string;
  description: string;
  url: string;
}

export const KNOWN_API_SOURCES: readonly KnownApiSource[] = [
  {
    id: 'production',
    label: 'Launch Library 2',
    description: 'Live data. 15 requests an hour without an API token.',
    url: PRODUCTION_API_BASE_URL,
  },
  {
    id: 'development',
    label: 'Launch Library 2 (development server)',
    description: 'No request limit, but the data is limited and can be weeks old.',
    url: DEVELOPMENT_API_BASE_URL,
  },
  {
    id: 'sample',
    label: 'Built-in sample data',
    description: 'Generated events served with the app, for trying it out offline.',
    url: SAMPLE_API_BASE_URL,
  },
];

/**
 * The build's default source: `VITE_LL2_API_URL` when the build sets it, else production LL2.
 * Read defensively because this module also runs in plain Node (benchmarks, scripts), where
 * `import.meta.env` does not exist.
 */
export const DEFAULT_API_BASE_URL: string = readBuildDefault() ?? PRODUCTION_API_BASE_URL;

function readBuildDefault(): string | null {
  const env = (import.meta as { env?: Record<string, unknown> }).env;
  const value = env?.VITE_LL2_API_URL;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Turns an API URL as a person or the build gave it into the one canonical absolute form the app
 * uses everywhere (requests, the per-source database name): http(s) only, origin-relative paths
 * resolved against `origin`, no trailing slash, no query or fragment.
 *
 * @throws ApiUrlError with a message fit to show next to the "API URL" field
 */
/** An API URL that cannot be used, said in words fit for the "API URL" field. */
export class ApiUrlError extends ExplainedError {
  override name = 'ApiUrlError';
}

export function resolveApiBaseUrl(raw: string, origin?: string | null): string {
  const text = raw.trim();
  if (text === '') throw new ApiUrlError('Enter the API URL, e.g. ' + PRODUCTION_API_BASE_URL);
  const relative = text.startsWith('/') && !text.startsWith('//');
  if (relative && (origin === undefined || origin === null || origin === '')) {
    throw new ApiUrlError(`“${text}” is a path; a full URL starting with https:// is needed here.`);
  }
  let url: URL;
  try {
    url = relative ? new URL(text, origin ?? undefined) : new URL(text);
  } catch {
    throw new ApiUrlError(
      `“${text}” is not a valid URL. It should look like ${PRODUCTION_API_BASE_URL}`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ApiUrlError(
      `The API URL must start with https:// or http://, not ${url.protocol}//.`,
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ApiUrlError(
      'The API URL must not contain “?” or “#”: give only the base, e.g. …/2.3.0',
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new ApiUrlError(
      'The API URL must not contain a user name or password; use the API token.',
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The source the person chose (Settings' stored `apiUrl`) as a canonical URL; a stored URL that no
 * longer parses falls back to the build's default. The page and the service worker both use it.
 */
export function chosenApiBaseUrl(apiUrl: string | null, origin: string | null): string {
  if (apiUrl !== null) {
    try {
      return resolveApiBaseUrl(apiUrl, origin);
    } catch {
      // Settings validate the URL before saving it; this only guards older or hand-edited data.
    }
  }
  return resolveApiBaseUrl(DEFAULT_API_BASE_URL, origin);
}
