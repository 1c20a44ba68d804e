import { Link } from 'react-router';
import type { EventDetailed } from '../../../api/schemas.ts';
import type { EventSummary } from '../../../db/eventSummary.ts';
import { missionArc } from '../utils/missionArc.ts';
import { EventDate } from '../../../ui/events/EventDate.tsx';
import { eventPath } from '../../../ui/events/eventPath.ts';
import { TypeChip } from '../../../ui/events/TypeChip.tsx';
import { DetailSection } from '../../../ui/events/DetailSection.tsx';

interface EventArcProps {
  event: EventDetailed;
  summaries: readonly EventSummary[];
  now: number;
}

function ArcStep({ summary, now }: { summary: EventSummary; now: number }) {
  return (
    <li className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
      <TypeChip typeId={summary.typeId} name={summary.typeName} />
      <Link
        to={eventPath(summary)}
        className="font-medium text-sky-800 underline dark:text-sky-300"
      >
        {summary.name}
      </Link>
      <EventDate
        dateMs={summary.dateMs}
        precisionId={summary.datePrecisionId}
        now={now}
        className="text-sm text-slate-600 dark:text-slate-300"
      />
    </li>
  );
}

function ArcList({
  before,
  after,
  current,
  label,
  now,
}: {
  before: readonly EventSummary[];
  after: readonly EventSummary[];
  current: string;
  label: string;
  now: number;
}) {
  return (
    <ol aria-label={label} className="space-y-1.5">
      {before.map((summary) => (
        <ArcStep key={summary.id} summary={summary} now={now} />
      ))}
      <li aria-current="step" className="flex items-center gap-2 font-bold">
        <span aria-hidden="true" className="size-2 rounded-full bg-sky-600" />
        {current}
      </li>
      {after.map((summary) => (
        <ArcStep key={summary.id} summary={summary} now={now} />
      ))}
    </ol>
  );
}

/**
 * Before and after this event: first its own vehicle's mission (the events sharing its launch),
 * then what happened at its station around it.
 */
export function EventArc({ event, summaries, now }: EventArcProps) {
  const { mission, around } = missionArc(event, summaries);
  const hasMission = mission.before.length + mission.after.length > 0;
  const hasAround = around.before.length + around.after.length > 0;
  if (!hasMission && !hasAround) return null;
  const current = `${event.name} (this event)`;
  return (
    <DetailSection headingId="arc-heading" title="Before and after" className="space-y-4">
      {hasMission && (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-600 dark:text-slate-300">
            {mission.name === null ? 'This mission' : `The mission of ${mission.name}`}
          </h3>
          <ArcList
            label="This mission"
            before={mission.before}
            after={mission.after}
            current={current}
            now={now}
          />
        </div>
      )}
      {hasAround && (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-600 dark:text-slate-300">
            Around it at {around.through.join(', ')}
          </h3>
          <ArcList
            label={`Around it at ${around.through.join(', ')}`}
            before={around.before}
            after={around.after}
            current={current}
            now={now}
          />
        </div>
      )}
    </DetailSection>
  );
}
