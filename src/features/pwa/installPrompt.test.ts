// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { listenForInstallPrompt } from './installPrompt.ts';
import { pwaStore } from './pwaState.ts';

afterEach(() => {
  pwaStore.reset();
});

describe('listenForInstallPrompt', () => {
  it('keeps the browser offer (instead of the browser mini-infobar) until the app is installed', () => {
    listenForInstallPrompt(window);
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    window.dispatchEvent(offer);
    expect(offer.defaultPrevented).toBe(true);
    expect(pwaStore.get().installPrompt).toBe(offer);

    window.dispatchEvent(new Event('appinstalled'));
    expect(pwaStore.get().installPrompt).toBeNull();
  });
});
