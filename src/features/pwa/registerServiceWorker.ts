import type { Workbox } from 'workbox-window';
import { listenForInstallPrompt } from './installPrompt.ts';
import { pwaStore } from './pwaState.ts';

/** How often an open tab asks whether a new version was deployed. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

let workbox: Workbox | null = null;
let registering = false;

/**
 * Registers the service worker built by vite-plugin-pwa (production builds only: `vite` dev has
 * none) and reports its progress to `pwaStore`. Safe to call more than once.
 *
 * Updates never apply themselves: a new worker waits (registerType 'prompt', no skipWaiting)
 * until the person presses Reload, so a reload never lands in the middle of their work or a sync.
 */
export function registerServiceWorker(): void {
  listenForInstallPrompt();
  if (registering || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registering = true;

  // workbox-window is not needed to draw the first page: it loads in the background, so the
  // list's first download stays small. A failed load is reported like a failed registration.
  import('workbox-window').then(({ Workbox: WorkboxWindow }) => {
    startWorkbox(
      new WorkboxWindow(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }),
    );
  }, reportRegistrationFailure);
}

function startWorkbox(created: Workbox): void {
  workbox = created;
  created.addEventListener('activated', (event) => {
    // The first worker of this origin has precached the app shell.
    if (!event.isUpdate && !event.isExternal) pwaStore.update({ offlineReady: true });
  });
  created.addEventListener('waiting', () => {
    pwaStore.update({ updateWaiting: true });
  });
  created.register().then((registration) => {
    if (!registration) return;
    window.setInterval(() => {
      // A failed check (offline) just waits for the next one.
      registration.update().catch(() => undefined);
    }, UPDATE_CHECK_INTERVAL_MS);
  }, reportRegistrationFailure);
}

function reportRegistrationFailure(error: unknown): void {
  pwaStore.update({
    error: `Offline use is unavailable: ${error instanceof Error ? error.message : String(error)}`,
  });
}

/** Lets the waiting version take over, then reloads once it controls the page. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => {
    window.location.reload();
  });
  workbox.messageSkipWaiting();
}
