/**
 * Where the build's published snapshot lies (decision 018, issue 14): `VITE_SNAPSHOT_URL`, absolute
 * or relative to the app's base (`snapshot/` beside the app). Null when the build names none: a
 * first run then downloads the archive from the API. Read defensively because this module also
 * runs in plain Node, where `import.meta.env` does not exist.
 */
export function configuredSnapshotFolder(appBaseUrl: string): string | null {
  const env = (import.meta as { env?: Record<string, unknown> }).env;
  const value = env?.VITE_SNAPSHOT_URL;
  if (typeof value !== 'string' || value.trim() === '') return null;
  return resolveSnapshotFolder(value, appBaseUrl);
}

/**
 * The snapshot folder as an absolute http(s) URL ending in `/` (its `manifest.json` is read from
 * there). `raw` may name the folder or its `manifest.json`; a relative `raw` is resolved against
 * the app's base. Null for what is not an http(s) URL: the build's setting is then ignored, and a
 * first run downloads from the API as without one.
 */
export function resolveSnapshotFolder(raw: string, appBase: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), appBase);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  url.search = '';
  url.hash = '';
  const path = url.pathname.replace(/manifest\.json$/, '');
  url.pathname = path.endsWith('/') ? path : `${path}/`;
  return url.href;
}
