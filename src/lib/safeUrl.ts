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
