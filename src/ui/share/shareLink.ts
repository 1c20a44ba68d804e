export interface ShareTarget {
  title: string;
  /** Absolute URL of the view or event. */
  url: string;
  text?: string;
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** The parts of `navigator` sharing uses; injected so tests need no browser. */
export interface ShareNavigator {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  clipboard?: { writeText(text: string): Promise<void> };
}

/**
 * Shares through the system share sheet where there is one (phones, some desktops), otherwise
 * copies the link. Dismissing the share sheet is "cancelled", not a failure, and does not fall
 * back to copying: the person said no.
 */
export async function shareLink(
  target: ShareTarget,
  nav: ShareNavigator = navigator,
): Promise<ShareOutcome> {
  const data: ShareData = { title: target.title, url: target.url, text: target.text };
  if (typeof nav.share === 'function' && (nav.canShare?.(data) ?? true)) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // NotAllowedError (no user gesture, a permissions policy) and the like: copy instead.
    }
  }
  if (nav.clipboard === undefined) return 'failed';
  try {
    await nav.clipboard.writeText(target.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
