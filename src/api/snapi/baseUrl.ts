import { ExplainedError } from '../../lib/explainError.ts';

/** Production Spaceflight News API v4: CORS open, no key, a few requests a second. */
export const PRODUCTION_SNAPI_BASE_URL = 'https://api.spaceflightnewsapi.net/v4';

/**
 * The build's default news source: `VITE_SNAPI_URL` when the build sets it, else production SNAPI.
 * Read defensively because this module also runs in plain Node, where `import.meta.env` is absent.
 */
export const DEFAULT_SNAPI_BASE_URL: string = readBuildDefault() ?? PRODUCTION_SNAPI_BASE_URL;

function readBuildDefault(): string | null {
  const env = (import.meta as { env?: Record<string, unknown> }).env;
  const value = env?.VITE_SNAPI_URL;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The canonical absolute base URL of a news source, up to and including `/v4`: https, or plain
 * http on this machine only (a local stand-in); an origin-relative path is resolved against
 * `origin` (the stand-in served beside the app). No query, fragment or credentials; no trailing slash.
 *
 * @throws TypeError with a sentence fit to show next to the "News API URL" field
 */
/** A news API URL that cannot be used, said in words fit for its field. */
export class NewsUrlError extends ExplainedError {
  override name = 'NewsUrlError';
}

export function resolveNewsBaseUrl(raw: string, origin?: string | null): string {
  const text = raw.trim();
  if (text === '')
    throw new NewsUrlError(`Enter the news API URL, e.g. ${PRODUCTION_SNAPI_BASE_URL}`);
  const relative = text.startsWith('/') && !text.startsWith('//');
  if (relative && (origin === undefined || origin === null || origin === '')) {
    throw new NewsUrlError(
      `“${text}” is a path; a full URL starting with https:// is needed here.`,
    );
  }
  let url: URL;
  try {
    url = relative ? new URL(text, origin ?? undefined) : new URL(text);
  } catch {
    throw new NewsUrlError(
      `“${text}” is not a valid URL. It should look like ${PRODUCTION_SNAPI_BASE_URL}`,
    );
  }
  const local = LOOPBACK_HOSTS.has(url.hostname) || (relative && url.protocol === 'http:');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new NewsUrlError(
      url.protocol === 'http:'
        ? 'The news API URL must start with https:// (plain http:// only for localhost).'
        : `The news API URL must start with https://, not ${url.protocol}//.`,
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw new NewsUrlError(
      'The news API URL must not contain “?” or “#”: give only the base, e.g. …/v4',
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new NewsUrlError('The news API URL must not contain a user name or password.');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
