/**
 * The path the app is published under (decision 026): the build's `base` (`vite build --base
 * /rendezvous/`), which Vite hands to the code as `import.meta.env.BASE_URL`. Every link the app
 * builds by hand, the router's basename and the service worker's scope derive from it, so one
 * build works only where it was built for, and the default build at `/` is unchanged.
 *
 * Read defensively: these helpers also run in plain Node (the snapshot job), where
 * `import.meta.env` does not exist; the base is then `/`.
 */
export function appBasePath(): string {
  const env = (import.meta as { env?: Record<string, unknown> }).env;
  return normalizeAppBase(env?.BASE_URL);
}

/**
 * `/` or `/a/b/` (slashes at both ends). A relative base (`./`, which Vite allows) cannot give the
 * router a basename or the worker a scope, so anything but an absolute path counts as `/`.
 */
export function normalizeAppBase(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/')) return '/';
  return raw.endsWith('/') ? raw : `${raw}/`;
}

/** react-router's `basename`: the base without its trailing slash (`/rendezvous`), or `/`. */
export function routerBasename(base: string = appBasePath()): string {
  return base === '/' ? '/' : base.replace(/\/$/, '');
}

/** The app's base as an absolute URL at `origin`, e.g. `https://example.org/rendezvous/`. */
export function appBaseUrl(origin: string, base: string = appBasePath()): string {
  return new URL(base, origin).href;
}

/**
 * A path of the app (`/events/upcoming`, `icons/icon-192.png`) under the base, as a path from the
 * origin: what `href`, `icon` and other hand-built links need. A leading slash means "from the
 * app's root", not the origin's.
 */
export function appPath(path: string, base: string = appBasePath()): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}
