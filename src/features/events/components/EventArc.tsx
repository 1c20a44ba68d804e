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

/** The events before and after this one on the same program or station: the mission's arc. */
export function EventArc({ event, summaries, now }: EventArcProps) {
  const arc = missionArc(event, summaries);
  if (arc.before.length === 0 && arc.after.length === 0) return null;
  return (
    <DetailSection headingId="arc-heading" title="Before and after" className="space-y-2">
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Events of {arc.through.join(', ')}
      </p>
      <ol className="space-y-1.5">
        {arc.before.map((summary) => (
          <ArcStep key={summary.id} summary={summary} now={now} />
        ))}
        <li aria-current="step" className="flex items-center gap-2 font-bold">
          <span aria-hidden="true" className="size-2 rounded-full bg-sky-600" />
          {event.name} (this event)
        </li>
        {arc.after.map((summary) => (
          <ArcStep key={summary.id} summary={summary} now={now} />
        ))}
      </ol>
    </DetailSection>
  );
}
