import { ExportCalendarButton } from '../../features/calendar/components/ExportCalendarButton.tsx';
import { ConnectedReminderSettings } from '../../features/reminders/components/ConnectedReminderSettings.tsx';
import { WatchlistPage } from '../../features/watchlist/components/WatchlistPage.tsx';

const renderCalendarExport = (events: readonly { id: number }[], viewTitle: string) => (
  <ExportCalendarButton events={events} viewTitle={viewTitle} />
);

/** `/watchlist` with what other features add: the calendar download and the reminder choices. */
export function WatchlistRoute() {
  return (
    <WatchlistPage
      renderCalendarExport={renderCalendarExport}
      reminderSettings={<ConnectedReminderSettings />}
    />
  );
}
