import { countChangesByEvent, getStoredEvents } from '../../../db/eventChangeStore.ts';
import { useSource } from '../../../ui/source/useSource.ts';
import { appEventUrl } from '../../../ui/events/appEventUrl.ts';
import { alarmLeadMinutes } from '../utils/alarmLead.ts';
import { icsFileName } from '../utils/downloadFile.ts';
import { CalendarDownloadButton } from './CalendarDownloadButton.tsx';

interface ExportCalendarButtonProps {
  /** The events of the current (filtered) view, in its order. */
  eventIds: readonly number[];
  /** The view's name, e.g. "Upcoming" or "Watchlist": the calendar's and the file's name. */
  viewTitle: string;
}

/** "Export calendar" on list pages: one .ics file with every event of the current view. */
export function ExportCalendarButton({ eventIds, viewTitle }: ExportCalendarButtonProps) {
  const { db, apiBaseUrl } = useSource();
  const build = async () => {
    // Full records carry the description and webcasts the list's summaries leave out.
    const [{ buildEventCalendar }, alarmMinutesBefore, events, revisions] = await Promise.all([
      import('../utils/buildEventCalendar.ts'),
      alarmLeadMinutes(db),
      getStoredEvents(db, eventIds),
      countChangesByEvent(db, eventIds),
    ]);
    return buildEventCalendar(events, {
      apiBaseUrl,
      revisions,
      eventUrl: appEventUrl,
      calendarName: `Rendezvous — ${viewTitle}`,
      now: Date.now(),
      alarmMinutesBefore,
    });
  };
  return (
    <CalendarDownloadButton
      label="Export calendar"
      fileName={icsFileName(`rendezvous ${viewTitle}`)}
      build={build}
      disabled={eventIds.length === 0}
    />
  );
}
