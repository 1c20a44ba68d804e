import { formatStartsIn, type WebcastStatus } from '../utils/webcastTiming.ts';

const BASE =
  'inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums';

/** "Live now" (with a pulsing dot, still under reduced motion), "Starts in …" or "Replay". */
export function WebcastBadge({ status, nowMs }: { status: WebcastStatus; nowMs: number }) {
  switch (status.kind) {
    case 'live':
      return (
        <span className={`${BASE} bg-red-700 text-white`}>
          <span
            aria-hidden="true"
            className="size-2 rounded-full bg-white motion-safe:animate-pulse"
          />
          Live now
        </span>
      );
    case 'upcoming':
      return (
        <span className={`${BASE} bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-50`}>
          {formatStartsIn(status.startMs, nowMs)}
        </span>
      );
    case 'replay':
      return (
        <span
          className={`${BASE} bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100`}
        >
          Replay
        </span>
      );
    case 'unscheduled':
      return (
        <span
          className={`${BASE} bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100`}
        >
          Time not announced
        </span>
      );
  }
}
