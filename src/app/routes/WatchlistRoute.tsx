import { ExportCalendarButton } from '../../features/calendar/components/ExportCalendarButton.tsx';
import { WatchedNewsRefresh } from '../../features/news/components/WatchedNewsRefresh.tsx';
import { ConnectedReminderSettings } from '../../features/reminders/components/ConnectedReminderSettings.tsx';
import { WatchlistPage } from '../../features/watchlist/components/WatchlistPage.tsx';

const renderCalendarExport = (events: readonly { id: number }[], viewTitle: string) => (
  <ExportCalendarButton events={events} viewTitle={viewTitle} />
);

/**
 * `/watchlist` with what other features add: the calendar download, the reminder choices, and the
 * watched events' news brought up to date in one batched refresh (it shows nothing).
 */
export function WatchlistRoute() {
  return (
    <>
      <WatchedNewsRefresh />
      <WatchlistPage
        renderCalendarExport={renderCalendarExport}
        reminderSettings={<ConnectedReminderSettings />}
      />
    </>
  );
}
