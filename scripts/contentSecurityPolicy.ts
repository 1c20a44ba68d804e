/**
 * The Content-Security-Policy of the built app, delivered as a `<meta http-equiv>` tag so it
 * travels with any static host.
 *
 * - Scripts, styles, workers and the manifest: the app's own origin only; no inline script.
 * - Data (`connect-src`): the app's origin (the built-in sample server lives there), the API
 *   origin the build was configured with, and any https origin, because Settings lets a person
 *   choose a source at run time. Plain http only on loopback, for local LL2 stand-ins.
 * - Images: any https host (event images and webcast thumbnails come from many), data/blob URLs,
 *   the configured API origin (the sample server serves its own art) and loopback.
 * - Frames: the privacy-enhanced YouTube player and nothing else.
 * `frame-ancestors` cannot be set from a meta tag; a host that can send headers should add it.
 */
export function buildContentSecurityPolicy(apiBaseUrl: string | undefined): string {
  const apiOrigin = originOf(apiBaseUrl);
  const loopback = ['http://127.0.0.1:*', 'http://localhost:*'];
  const withApi = (sources: string[]) =>
    apiOrigin && !sources.includes(apiOrigin) ? [...sources, apiOrigin] : sources;
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', withApi(["'self'", 'https:', 'data:', 'blob:', ...loopback])],
    ['connect-src', withApi(["'self'", 'https:', ...loopback])],
    ['frame-src', ['https://www.youtube-nocookie.com']],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['media-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The origin of an absolute http(s) URL; undefined for relative or other URLs (already 'self'). */
function originOf(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
