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
  if (registering || !import.meta.env.PROD) return;
  registering = true;
  if (!('serviceWorker' in navigator)) {
    pwaStore.update({ error: noServiceWorkerSentence() });
    return;
  }

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

const STILL_WORKS =
  'Everything else works while you are online, and the events already stored stay readable.';

/**
 * Why this browser offers no service worker: an insecure page never gets one; otherwise the
 * browser (a policy, a private window, a setting) keeps them from every site.
 */
export function noServiceWorkerSentence(): string {
  const why = window.isSecureContext
    ? 'this browser offers no service workers here (a browser policy, a private window or a privacy setting can turn them off)'
    : 'the app is not served over HTTPS, and browsers give service workers only to secure pages';
  return `Offline reloads are unavailable: ${why}. ${STILL_WORKS}`;
}

/** The browser refused the worker, or its script would not load: the words, never its stack. */
function reportRegistrationFailure(error: unknown): void {
  console.warn('Rendezvous: the service worker was not registered', error);
  pwaStore.update({
    error: `Offline reloads are unavailable: this browser refused the app’s service worker (a browser policy, a private window or a privacy setting can block them). ${STILL_WORKS}`,
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
