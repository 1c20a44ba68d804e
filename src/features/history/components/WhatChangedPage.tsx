import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useNow } from '../../../lib/useNow.ts';
import { eventSummariesQuery } from '../../../ui/queries/eventQueries.ts';
import { eventPath } from '../../../ui/events/eventPath.ts';
import { useSettings } from '../../../ui/settings/useSettings.ts';
import { ShareButton } from '../../../ui/share/ShareButton.tsx';
import { useSource } from '../../../ui/source/useSource.ts';
import { useVisitBaseline } from '../../../ui/recentChanges/useVisitBaseline.ts';
import { recentChangesQuery, RECENT_CHANGES_LIMIT } from '../../../ui/queries/changeQueries.ts';
import { formatSeenAt } from '../utils/formatSeenAt.ts';
import { groupChanges } from '../utils/summarizeHistory.ts';
import { ChangeList } from './ChangeList.tsx';
import { RecentMarkBadge } from '../../../ui/recentChanges/RecentMarkBadge.tsx';
import { explainError } from '../../../lib/explainError.ts';

/** `/changes`: what the syncs noticed, newest first, with what is new since the last visit. */
export function WhatChangedPage() {
  const { db } = useSource();
  const { timeZone } = useSettings();
  const now = useNow(60_000);
  const { sinceMs, markAllSeen } = useVisitBaseline();
  const changes = useQuery(recentChangesQuery(db));
  const summaries = useQuery(eventSummariesQuery(db));
  const slugs = useMemo(
    () => new Map((summaries.data ?? []).map((event) => [event.id, event.slug])),
    [summaries.data],
  );
  const groups = useMemo(() => groupChanges(changes.data ?? []), [changes.data]);
  const unseen =
    sinceMs === null ? 0 : groups.filter((group) => group.detectedAtMs > sinceMs).length;

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <title>What changed · Rendezvous</title>
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 dark:text-slate-50">
            What changed
          </h1>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            What each sync found had changed in events already stored, newest first.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {unseen > 0 && (
            <button
              type="button"
              onClick={() => void markAllSeen()}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              Mark all as seen
            </button>
          )}
          <ShareButton title="What changed · Rendezvous" />
        </div>
      </header>
      {changes.isError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          The change history could not be read. {explainError(changes.error)}
        </p>
      )}
      {changes.isPending ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
          Reading the change history…
        </p>
      ) : groups.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-700 dark:border-slate-700 dark:text-slate-200">
          No changes recorded yet. Once the archive is stored, every sync compares what arrives with
          what is stored, and lists here the dates that moved, webcasts that appeared and text that
          changed.
        </p>
      ) : (
        <ol aria-label="Changes" className="space-y-3">
          {groups.map((group) => {
            const fresh = sinceMs !== null && group.detectedAtMs > sinceMs;
            const added = group.changes.some((change) => change.kind === 'added');
            return (
              <li
                key={`${group.eventId}@${group.detectedAtMs}`}
                className="rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-800"
              >
                <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                  <Link
                    to={eventPath({ id: group.eventId, slug: slugs.get(group.eventId) ?? '' })}
                    className="font-semibold text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
                  >
                    {group.eventName}
                  </Link>
                  {fresh && <RecentMarkBadge mark={added ? 'new' : 'changed'} />}
                  <span className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
                    {formatSeenAt(group.detectedAtMs, timeZone)}
                  </span>
                </div>
                <ChangeList changes={group.changes} format={{ timeZone, now }} />
              </li>
            );
          })}
        </ol>
      )}
      {groups.length > 0 && (changes.data?.length ?? 0) >= RECENT_CHANGES_LIMIT && (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Showing the latest {RECENT_CHANGES_LIMIT} changes. Each event’s page keeps its whole
          history.
        </p>
      )}
    </div>
  );
}
