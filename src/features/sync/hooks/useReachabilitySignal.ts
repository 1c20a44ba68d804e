import { onlineManager } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import type { SyncController } from '../../../sync/syncController.ts';

/** While offline, how often the source's free `/api-throttle/` is asked whether it answers again. */
export const REACHABILITY_PROBE_INTERVAL_MS = 15_000;

const subscribeOnline = (listener: () => void) => onlineManager.subscribe(listener);
const isOnline = () => onlineManager.isOnline();
const noChanges = () => () => undefined;
const noContact = () => null;

/**
 * Makes React Query's `onlineManager` — the one online signal of the app — follow what requests
 * find, not only `navigator.onLine` (a hint: it says "online" behind a dead Wi-Fi, a captive portal
 * or, in some Chromium versions, in a page loaded under offline emulation). A request that fails
 * for want of a network sets it offline; any answer sets it online. The engine asks once when it
 * loads (an offline reload finds out by trying) and, while offline, every 15 s; all of these asks
 * go to `/api-throttle/`, which no budget counts.
 */
export function useReachabilitySignal(controller: SyncController | null): void {
  const contact = useSyncExternalStore(
    controller?.subscribe ?? noChanges,
    () => controller?.getLocalState().contact ?? null,
    noContact,
  );
  const online = useSyncExternalStore(subscribeOnline, isOnline, () => true);

  useEffect(() => {
    if (contact !== null) onlineManager.setOnline(contact.reachable);
  }, [contact]);

  useEffect(() => {
    if (controller === null) return;
    controller.checkReachable().catch(() => undefined);
  }, [controller]);

  useEffect(() => {
    if (controller === null || online) return;
    const timer = setInterval(() => {
      controller.checkReachable().catch(() => undefined);
    }, REACHABILITY_PROBE_INTERVAL_MS);
    return () => {
      clearInterval(timer);
    };
  }, [controller, online]);
}
