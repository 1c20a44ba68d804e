import type { EventChange } from '../../../db/eventChange.ts';
import { DetailSection } from '../../../ui/events/DetailSection.tsx';
import type { EventDateFormat } from '../../../ui/events/formatEventDate.ts';
import { formatSeenAt } from '../utils/formatSeenAt.ts';
import { groupChanges, summarizeDateMoves } from '../utils/summarizeHistory.ts';
import { ChangeList } from './ChangeList.tsx';

interface EventHistoryProps {
  changes: readonly EventChange[];
  format: EventDateFormat;
}

/**
 * The detail page's "History" section: how often the date moved ("moved 3 times: +2 d, +1 h,
 * −30 min"), then every recorded change, newest first. Nothing at all when nothing was recorded:
 * the section would only say "no history", which the absence already says.
 */
export function EventHistory({ changes, format }: EventHistoryProps) {
  if (changes.length === 0) return null;
  const moves = summarizeDateMoves(changes);
  const groups = groupChanges(changes);
  return (
    <DetailSection headingId="event-history" title="History">
      {moves && (
        <p className="font-medium text-slate-800 tabular-nums dark:text-slate-100">Date {moves}</p>
      )}
      <ol className="space-y-2 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
        {groups.map((group) => (
          <li key={group.detectedAtMs}>
            <p className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
              Seen {formatSeenAt(group.detectedAtMs, format.timeZone, format.localTimeZone)}
            </p>
            <ChangeList changes={group.changes} format={format} />
          </li>
        ))}
      </ol>
    </DetailSection>
  );
}
