import { pwaStore, type InstallPromptEvent } from './pwaState.ts';

let listening = false;

/**
 * Keeps the browser's install offer for the Install button instead of letting the browser show
 * its own mini-infobar. Must run early: the event can fire before React renders.
 */
export function listenForInstallPrompt(target: Window = window): void {
  if (listening) return;
  listening = true;
  target.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    pwaStore.update({ installPrompt: event as InstallPromptEvent });
  });
  target.addEventListener('appinstalled', () => {
    pwaStore.update({ installPrompt: null });
  });
}

/** Shows the browser's install dialog; the offer is spent either way (browsers allow one prompt). */
export async function promptInstall(): Promise<void> {
  const offer = pwaStore.get().installPrompt;
  if (!offer) return;
  pwaStore.update({ installPrompt: null });
  await offer.prompt();
  await offer.userChoice;
}
