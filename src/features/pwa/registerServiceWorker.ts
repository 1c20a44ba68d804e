import { Workbox } from 'workbox-window';
import { listenForInstallPrompt } from './installPrompt.ts';
import { pwaStore } from './pwaState.ts';

/** How often an open tab asks whether a new version was deployed. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

let workbox: Workbox | null = null;

/**
 * Registers the service worker built by vite-plugin-pwa (production builds only: `vite` dev has
 * none) and reports its progress to `pwaStore`. Safe to call more than once.
 *
 * Updates never apply themselves: a new worker waits (registerType 'prompt', no skipWaiting)
 * until the person presses Reload, so a reload never lands in the middle of their work or a sync.
 */
export function registerServiceWorker(): void {
  listenForInstallPrompt();
  if (workbox || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;

  workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  workbox.addEventListener('activated', (event) => {
    // The first worker of this origin has precached the app shell.
    if (!event.isUpdate && !event.isExternal) pwaStore.update({ offlineReady: true });
  });
  workbox.addEventListener('waiting', () => {
    pwaStore.update({ updateWaiting: true });
  });
  workbox.register().then(
    (registration) => {
      if (!registration) return;
      window.setInterval(() => {
        // A failed check (offline) just waits for the next one.
        registration.update().catch(() => undefined);
      }, UPDATE_CHECK_INTERVAL_MS);
    },
    (error: unknown) => {
      pwaStore.update({
        error: `Offline use is unavailable: ${error instanceof Error ? error.message : String(error)}`,
      });
    },
  );
}

/** Lets the waiting version take over, then reloads once it controls the page. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => {
    window.location.reload();
  });
  workbox.messageSkipWaiting();
}
