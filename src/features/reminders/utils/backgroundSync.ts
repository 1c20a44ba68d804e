/** The Periodic Background Sync tag the service worker answers (src/sw.ts, decision 028). */
export const PERIODIC_SYNC_TAG = 'rendezvous-delta';

/**
 * Whether the service worker may run a periodic background sync (decision 028):
 * - `unsupported`: this browser has no periodic background sync (or no service worker);
 * - `declined`: it has one, but does not allow it here (Chromium grants it only to an installed
 *   app, and the person or a policy can turn it off);
 * - `allowed`: registered syncs run, as often as the browser decides.
 */
export type BackgroundSyncSupport = 'unsupported' | 'declined' | 'allowed';

/** How often to ask for: the cadence's quiet rate; the browser may choose longer (decision 028). */
export const PERIODIC_SYNC_MIN_INTERVAL_MS = 12 * 60 * 60_000;

interface PeriodicSyncManager {
  register(tag: string, options: { minInterval: number }): Promise<void>;
  unregister(tag: string): Promise<void>;
  getTags(): Promise<string[]>;
}

async function periodicSyncManager(): Promise<PeriodicSyncManager | null> {
  // `serviceWorker` is missing outside secure contexts, whatever the DOM types say.
  if (!('serviceWorker' in navigator)) return null;
  const registration = await navigator.serviceWorker.getRegistration(import.meta.env.BASE_URL);
  const manager = (registration as { periodicSync?: PeriodicSyncManager } | undefined)
    ?.periodicSync;
  return manager ?? null;
}

export async function backgroundSyncSupport(): Promise<BackgroundSyncSupport> {
  if (!('serviceWorker' in navigator) || !('PeriodicSyncManager' in window)) return 'unsupported';
  try {
    const status = await navigator.permissions.query({
      name: 'periodic-background-sync' as PermissionName,
    });
    return status.state === 'granted' ? 'allowed' : 'declined';
  } catch {
    return 'unsupported';
  }
}

/**
 * Registers the periodic sync when the person wants it (something to be reminded of, and
 * notifications allowed) and the browser allows it; unregisters it otherwise, so a browser does
 * not wake the app for nobody. Returns what the browser offers, for the Settings sentence.
 */
export async function keepBackgroundSync(wanted: boolean): Promise<BackgroundSyncSupport> {
  const support = await backgroundSyncSupport();
  if (support !== 'allowed') return support;
  const manager = await periodicSyncManager();
  if (manager === null) return 'unsupported';
  try {
    const registered = (await manager.getTags()).includes(PERIODIC_SYNC_TAG);
    if (wanted && !registered) {
      await manager.register(PERIODIC_SYNC_TAG, { minInterval: PERIODIC_SYNC_MIN_INTERVAL_MS });
    } else if (!wanted && registered) {
      await manager.unregister(PERIODIC_SYNC_TAG);
    }
    return 'allowed';
  } catch {
    // Refused after all (the permission changed meanwhile).
    return 'declined';
  }
}

/**
 * The app icon's badge, where the browser has one: the count, or none at 0. The page and the
 * service worker (which passes its own navigator) both set it.
 */
export async function showAppBadge(count: number, from: Navigator = navigator): Promise<void> {
  const badging = from as Partial<Pick<Navigator, 'setAppBadge' | 'clearAppBadge'>>;
  try {
    if (count > 0) await badging.setAppBadge?.(count);
    else await badging.clearAppBadge?.();
  } catch {
    // Not allowed here (not installed, or a policy): the badge is a nicety.
  }
}
