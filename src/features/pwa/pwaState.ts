/** What the browser offers: Chromium's `beforeinstallprompt` event (not in lib.dom). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export interface PwaState {
  /** The service worker has precached the app: it now opens without a network. */
  offlineReady: boolean;
  /** A new version is installed and waiting; it takes over only when the person says so. */
  updateWaiting: boolean;
  /** Set while the browser offers installation. */
  installPrompt: InstallPromptEvent | null;
  /** Why the app cannot work offline (registration failed), in plain words. */
  error: string | null;
}

export const initialPwaState: PwaState = {
  offlineReady: false,
  updateWaiting: false,
  installPrompt: null,
  error: null,
};

let state: PwaState = initialPwaState;
const listeners = new Set<() => void>();

/**
 * A tiny external store: the service worker and the install prompt report here from outside
 * React (they fire before the first render), and `usePwaState` reads it.
 */
export const pwaStore = {
  get: (): PwaState => state,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  update: (patch: Partial<PwaState>): void => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  },
  /** Tests only: back to a fresh page. */
  reset: (): void => {
    state = initialPwaState;
    for (const listener of listeners) listener();
  },
};
