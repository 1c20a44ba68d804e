import type { ReactNode } from 'react';
import type { EventSummary } from '../../db/eventSummary.ts';
import { ExportCalendarButton } from '../../features/calendar/components/ExportCalendarButton.tsx';
import { EventListPage } from '../../features/events/components/EventListPage.tsx';
import type { EventView } from '../../features/events/utils/queryEvents.ts';
import { ArchiveProgressNote } from '../../features/sync/components/ArchiveProgressNote.tsx';
import { FirstSyncState } from '../../features/sync/components/FirstSyncState.tsx';
import { LiveNowStrip } from '../../features/webcasts/components/LiveNowStrip.tsx';

// Module-level, so the list page receives the same functions on every render.
const renderLiveNow = (events: readonly EventSummary[]) => <LiveNowStrip events={events} />;
const renderCalendarExport = (events: readonly { id: number }[], viewTitle: string) => (
  <ExportCalendarButton events={events} viewTitle={viewTitle} iconOnlyOnPhone />
);

/** A list page with what other features add to it: first-sync state, live strip, calendar. */
export function EventListRoute({ view, lead }: { view: EventView; lead?: ReactNode }) {
  return (
    <EventListPage
      view={view}
      lead={lead}
      firstSync={<FirstSyncState />}
      archiveProgress={<ArchiveProgressNote />}
      renderLiveNow={renderLiveNow}
      renderCalendarExport={renderCalendarExport}
    />
  );
}
