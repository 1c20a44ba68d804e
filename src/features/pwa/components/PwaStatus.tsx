import { useEffect, useState } from 'react';
import { usePwaState } from '../hooks/usePwaState.ts';
import { promptInstall } from '../installPrompt.ts';
import { applyUpdate, registerServiceWorker } from '../registerServiceWorker.ts';

/** "Ready to work offline" is news, not a question: it goes by itself after this long. */
export const OFFLINE_NOTICE_MS = 12_000;

const BUTTON =
  'rounded-md px-2.5 py-1 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500';

/**
 * The app's own state: "Ready to work offline" once (for a few seconds, or until OK), "Update
 * available — Reload" when a new version waits, and an Install button while the browser offers
 * installation. It floats in a corner rather than sitting in the header, so a notice that comes
 * and goes never moves the page.
 */
export function PwaStatus() {
  const { offlineReady, updateWaiting, installPrompt, error } = usePwaState();
  const [offlineNoticeDismissed, setOfflineNoticeDismissed] = useState(false);
  // Why offline reloads are unavailable is said once; OK puts it away for this visit.
  const [errorDismissed, setErrorDismissed] = useState(false);
  const showsError = error !== null && !errorDismissed;

  useEffect(() => {
    registerServiceWorker();
  }, []);

  // On a phone the notice covers the last row it floats over: it does not stay for good.
  const showsOfflineNotice = offlineReady && !offlineNoticeDismissed;
  useEffect(() => {
    if (!showsOfflineNotice) return undefined;
    const timer = setTimeout(() => {
      setOfflineNoticeDismissed(true);
    }, OFFLINE_NOTICE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [showsOfflineNotice]);

  const message = updateWaiting
    ? 'Update available'
    : showsError
      ? error
      : showsOfflineNotice
        ? 'Ready to work offline'
        : '';

  const visible = message !== '' || installPrompt !== null;
  return (
    // Fixed in its corner even while empty (its text is then sr-only and the box has no size): a
    // box that moved there from the page's top left when it appeared counted as a layout shift.
    <div
      className={
        visible
          ? 'fixed right-3 bottom-3 z-40 flex max-w-[calc(100vw-1.5rem)] flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white/95 px-3 py-2 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900/95'
          : 'fixed right-3 bottom-3 z-40'
      }
    >
      {/* Always mounted, so screen readers announce the text when it appears. */}
      <p role="status" className={message ? 'text-slate-700 dark:text-slate-200' : 'sr-only'}>
        {message}
      </p>
      {updateWaiting && <span aria-hidden="true">—</span>}
      {updateWaiting && (
        <button
          type="button"
          onClick={applyUpdate}
          className={`${BUTTON} bg-sky-700 text-white hover:bg-sky-800`}
        >
          Reload
        </button>
      )}
      {!updateWaiting && (showsError || showsOfflineNotice) && (
        <button
          type="button"
          onClick={() => {
            if (showsError) setErrorDismissed(true);
            else setOfflineNoticeDismissed(true);
          }}
          className={`${BUTTON} text-slate-700 hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-700`}
        >
          OK
        </button>
      )}
      {installPrompt && (
        <button
          type="button"
          onClick={() => {
            // A refused or failed prompt needs no message: the offer is spent either way.
            promptInstall().catch(() => undefined);
          }}
          className={`${BUTTON} border border-sky-700 text-sky-800 hover:bg-sky-50 dark:border-sky-300 dark:text-sky-200 dark:hover:bg-sky-950`}
        >
          Install
        </button>
      )}
    </div>
  );
}
