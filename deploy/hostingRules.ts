import { buildContentSecurityPolicy } from '../scripts/contentSecurityPolicy.ts';

/*
 * What a static host must do for Rendezvous, written once: deploy/nginxConfig.ts and
 * deploy/headersFile.ts render these rules for nginx and for hosts that read a `_headers` file.
 * deploy/README.md explains each rule.
 */

export interface HostingOptions {
  /** The path the app is served under, with slashes at both ends: "/" or "/rendezvous/". */
  base: string;
  /** The build's default API (VITE_LL2_API_URL), so the CSP names its origin as the meta tag does. */
  apiBaseUrl?: string | undefined;
}

/** How a path under the base is matched: exactly, or everything below a folder. */
export type PathMatch = { kind: 'exact'; path: string } | { kind: 'prefix'; path: string };

export interface PathRule {
  /** Why the rule is what it is, written into the generated files. */
  comment: string;
  match: PathMatch;
  cacheControl: string;
  contentType?: string;
  /** Snapshot files may be read by an app on another origin (an absolute VITE_SNAPSHOT_URL). */
  crossOrigin?: boolean;
}

export interface HostingRules {
  base: string;
  /** Sent with every answer. */
  securityHeaders: readonly (readonly [string, string])[];
  /** Most specific first; paths are absolute (the base included). */
  paths: readonly PathRule[];
  /** Files not matched above and not found: the app's index.html answers (client-side routes). */
  fallback: { file: string; cacheControl: string };
  /** Anything else under the base that is a file (icons, favicon). */
  otherFiles: { cacheControl: string };
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
/** The snapshot's manifest changes every run (every 30 minutes): a minute of caching, then ETag. */
export const SNAPSHOT_MANIFEST_CACHE = 'public, max-age=60, must-revalidate';
export const FEED_CACHE = 'public, max-age=900';
export const STATIC_FILE_CACHE = 'public, max-age=86400';

/** The app's CSP (the same as its meta tag) plus what only a header can say. */
export function contentSecurityPolicyHeader(apiBaseUrl: string | undefined): string {
  const policy = buildContentSecurityPolicy(apiBaseUrl);
  // worker-src is part of the app's policy already: checked, not assumed.
  if (!/(^|; )worker-src 'self'/.test(policy)) throw new Error('the CSP lost worker-src');
  return `${policy}; frame-ancestors 'none'`;
}

export function normalizeBase(raw: string): string {
  const trimmed = raw.trim();
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(trimmed.endsWith('/') ? trimmed : `${trimmed}/`)) {
    throw new TypeError(`--base must be a path like / or /rendezvous/, got "${raw}".`);
  }
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

export function hostingRules(options: HostingOptions): HostingRules {
  const base = normalizeBase(options.base);
  const at = (path: string) => `${base}${path}`;
  return {
    base,
    securityHeaders: [
      ['Content-Security-Policy', contentSecurityPolicyHeader(options.apiBaseUrl)],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ['X-Frame-Options', 'DENY'],
      ['Cross-Origin-Opener-Policy', 'same-origin'],
      ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
      ['Strict-Transport-Security', 'max-age=31536000'],
    ],
    paths: [
      {
        comment: 'Built scripts and styles carry a content hash in their names: cache for good.',
        match: { kind: 'prefix', path: at('assets/') },
        cacheControl: IMMUTABLE,
      },
      {
        comment: 'Snapshot chunks are named by their SHA-256: a name never gets other bytes.',
        match: { kind: 'prefix', path: at('snapshot/chunks/') },
        cacheControl: IMMUTABLE,
        contentType: 'application/json',
        crossOrigin: true,
      },
      {
        comment:
          'The snapshot manifest names the current chunks: short-lived, then revalidated by ETag.',
        match: { kind: 'exact', path: at('snapshot/manifest.json') },
        cacheControl: SNAPSHOT_MANIFEST_CACHE,
        contentType: 'application/json',
        crossOrigin: true,
      },
      {
        comment: 'Calendar feeds: calendar apps poll them; a quarter of an hour is fresh enough.',
        match: { kind: 'prefix', path: at('snapshot/feeds/') },
        cacheControl: FEED_CACHE,
        contentType: 'text/calendar; charset=utf-8',
        crossOrigin: true,
      },
      {
        comment: 'The service worker must be revalidated on every check, or updates never arrive.',
        match: { kind: 'exact', path: at('sw.js') },
        cacheControl: REVALIDATE,
      },
      {
        comment: 'Workbox runtime, named by a hash like the assets.',
        match: { kind: 'prefix', path: at('workbox-') },
        cacheControl: IMMUTABLE,
      },
      {
        comment: 'The web app manifest changes with a release: revalidated.',
        match: { kind: 'exact', path: at('manifest.webmanifest') },
        cacheControl: REVALIDATE,
        contentType: 'application/manifest+json',
      },
      {
        comment: 'index.html names the current assets: revalidated on every visit.',
        match: { kind: 'exact', path: at('index.html') },
        cacheControl: REVALIDATE,
      },
    ],
    fallback: { file: at('index.html'), cacheControl: REVALIDATE },
    otherFiles: { cacheControl: STATIC_FILE_CACHE },
  };
}
