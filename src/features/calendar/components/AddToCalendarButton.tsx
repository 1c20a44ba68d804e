import type { EventDetailed } from '../../../api/schemas.ts';
import { countChangesByEvent } from '../../../db/eventChangeStore.ts';
import { useSource } from '../../../ui/source/useSource.ts';
import { appEventUrl } from '../../../ui/events/appEventUrl.ts';
import { alarmLeadMinutes } from '../utils/alarmLead.ts';
import { icsFileName } from '../utils/downloadFile.ts';
import { CalendarDownloadButton } from './CalendarDownloadButton.tsx';

/** "Add to calendar" on the detail page: an .ics file of this one event. */
export function AddToCalendarButton({ event }: { event: EventDetailed }) {
  const { db, apiBaseUrl } = useSource();
  const build = async () => {
    // The iCalendar library is loaded on first use: most visits never export.
    const [{ buildEventCalendar }, alarmMinutesBefore, revisions] = await Promise.all([
      import('../utils/buildEventCalendar.ts'),
      alarmLeadMinutes(db),
      countChangesByEvent(db, [event.id]),
    ]);
    return buildEventCalendar([event], {
      apiBaseUrl,
      revisions,
      eventUrl: appEventUrl,
      calendarName: `Rendezvous — ${event.name}`,
      now: Date.now(),
      alarmMinutesBefore,
    });
  };
  return (
    <CalendarDownloadButton
      label="Add to calendar"
      fileName={icsFileName(event.slug || event.name)}
      build={build}
      disabled={event.date === null}
    />
  );
}
