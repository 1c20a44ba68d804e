import type { Workbox } from 'workbox-window';
import { listenForInstallPrompt } from './installPrompt.ts';
import { pwaStore } from './pwaState.ts';

/** How often an open tab asks whether a new version was deployed. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

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

/**
 * Lets the waiting version take over, then reloads once it does. It talks to the registration
 * itself rather than through workbox-window's events: the reload must follow whichever comes
 * first of `controllerchange` and the new worker reaching "activated", and it must still happen
 * when another tab already let the new version in (then nothing is waiting any more).
 */
export function applyUpdate(): void {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  let reloading = false;
  const reloadOnce = (): void => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  container.addEventListener('controllerchange', reloadOnce, { once: true });
  container.getRegistration(import.meta.env.BASE_URL).then((registration) => {
    const waiting = registration?.waiting;
    if (!waiting) {
      reloadOnce();
      return;
    }
    waiting.addEventListener('statechange', () => {
      if (waiting.state === 'activated') reloadOnce();
    });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }, reloadOnce);
}
