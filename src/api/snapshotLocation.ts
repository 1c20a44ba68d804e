/*
 * Where this build's published snapshot lies (decision 018): `VITE_SNAPSHOT_URL`, the folder that
 * holds manifest.json, chunks/ and feeds/, absolute or relative to the app. Null when the build
 * names none. Read defensively: this module also runs in plain Node, where `import.meta.env` is
 * absent.
 */

function readBuildSetting(): string | null {
  const env = (import.meta as { env?: Record<string, unknown> }).env;
  const value = env?.VITE_SNAPSHOT_URL;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * The snapshot folder as an absolute URL ending in "/", resolved against `appUrl` (the page the app
 * runs at); null when the build names none or names something that is not an http(s) URL.
 */
export function snapshotFolderUrl(
  appUrl: string,
  configured: string | null = readBuildSetting(),
): string | null {
  if (configured === null) return null;
  let url: URL;
  try {
    url = new URL(configured, appUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url.href;
}
