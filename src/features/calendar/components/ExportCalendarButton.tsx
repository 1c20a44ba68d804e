import { memo } from 'react';
import { countChangesByEvent } from '../../../db/eventChangeStore.ts';
import { getStoredEvents } from '../../../db/eventReads.ts';
import { useSource } from '../../../ui/source/useSource.ts';
import { appEventUrl } from '../../../ui/events/appEventUrl.ts';
import { alarmLeadMinutes } from '../utils/alarmLead.ts';
import { icsFileName } from '../utils/downloadFile.ts';
import { CalendarDownloadButton } from './CalendarDownloadButton.tsx';

interface ExportCalendarButtonProps {
  /** The events of the current (filtered) view, in its order (ids are read when the file is made). */
  events: readonly { id: number }[];
  /** The view's name, e.g. "Upcoming" or "Watchlist": the calendar's and the file's name. */
  viewTitle: string;
  /** Only the icon below Tailwind's `sm`, where it sits beside the page's heading. */
  iconOnlyOnPhone?: boolean;
}

/**
 * "Export calendar" on list pages: one .ics file with every event of the current view. Memoized,
 * and the ids are collected on click: a list page re-renders on every keystroke.
 */
export const ExportCalendarButton = memo(function ExportCalendarButton({
  events: listed,
  viewTitle,
  iconOnlyOnPhone = false,
}: ExportCalendarButtonProps) {
  const { db, apiBaseUrl } = useSource();
  const build = async () => {
    const eventIds = listed.map((event) => event.id);
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
      disabled={listed.length === 0}
      iconOnlyOnPhone={iconOnlyOnPhone}
    />
  );
});
