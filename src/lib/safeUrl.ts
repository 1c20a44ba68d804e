/**
 * Returns the URL when it is an absolute http(s) URL, otherwise null.
 *
 * API text is untrusted: a `javascript:` or `data:` URL in an info link or image must never become
 * a clickable link or an image source.
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** The host (and port) of a URL, for sentences like "Could not reach …"; the text itself if unparsable. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
