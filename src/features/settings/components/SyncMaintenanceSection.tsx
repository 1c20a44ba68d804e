import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  requireController,
  syncUnavailableReason,
  useSyncController,
  useSyncEngineError,
} from '../../../ui/source/useSyncController.ts';
import { explainResult } from '../../../ui/source/useSyncNow.ts';
import type { SyncRequestResult } from '../../../sync/syncController.ts';
import { buttonClass, dangerButtonClass } from './formStyles.ts';

function describeOutcome(result: SyncRequestResult): string {
  const refusal = explainResult(result, Date.now());
  if (refusal !== null) return refusal;
  if (result.status !== 'ran') return 'Nothing to do.';
  const { outcome } = result;
  if (outcome.status === 'up-to-date') {
    return outcome.reconciled
      ? `Done. ${outcome.removed} removed ${outcome.removed === 1 ? 'event was' : 'events were'} deleted here too.`
      : 'Done.';
  }
  if (outcome.status === 'failed') return `Stopped: ${outcome.failure?.message ?? 'unknown error'}`;
  if (outcome.status === 'aborted') return 'Stopped.';
  return 'Stopped for now: the request budget is used. It continues by itself later.';
}

/** "Re-download everything" and a forced reconcile, both within the request budget. */
export function SyncMaintenanceSection() {
  const controller = useSyncController();
  const engineError = useSyncEngineError();
  const unavailable = syncUnavailableReason(controller, engineError);
  const [confirming, setConfirming] = useState(false);
  const loaded = () => requireController(controller, engineError);
  const redownload = useMutation({
    mutationFn: async () => describeOutcome(await loaded().redownloadEverything()),
    networkMode: 'online',
    retry: false,
  });
  const reconcile = useMutation({
    mutationFn: async () => describeOutcome(await loaded().reconcileNow()),
    networkMode: 'online',
    retry: false,
  });
  // Until the sync code has loaded there is nothing to ask; the reason is shown below.
  const busy = unavailable !== null || redownload.isPending || reconcile.isPending;
  const last = redownload.data ?? reconcile.data;

  return (
    <div className="space-y-2 text-sm">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass}
          disabled={busy}
          onClick={() => {
            reconcile.mutate();
          }}
        >
          Check for removed events
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              className={dangerButtonClass}
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                redownload.mutate();
              }}
            >
              Yes, delete and download again
            </button>
            <button
              type="button"
              className={buttonClass}
              onClick={() => {
                setConfirming(false);
              }}
            >
              Cancel
            </button>
          </>
        ) : (
          <button
            type="button"
            className={dangerButtonClass}
            disabled={busy}
            onClick={() => {
              setConfirming(true);
            }}
          >
            Re-download everything
          </button>
        )}
      </div>
      {confirming && (
        <p className="text-amber-800 dark:text-amber-200">
          This deletes the events stored for this source and downloads them again, using requests of
          the budget.
        </p>
      )}
      {unavailable !== null && <p role="status">{unavailable}</p>}
      {(redownload.isPaused || reconcile.isPaused) && <p role="status">Waiting for the network…</p>}
      {last !== undefined && !busy && <p role="status">{last}</p>}
    </div>
  );
}
