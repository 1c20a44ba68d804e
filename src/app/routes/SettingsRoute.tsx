import { CalendarFeeds } from '../../features/calendar/components/CalendarFeeds.tsx';
import { NewsSourceForm } from '../../features/news/components/NewsSourceForm.tsx';
import { ClosedAppReminders } from '../../features/reminders/components/ClosedAppReminders.tsx';
import { SettingsPage } from '../../features/settings/SettingsPage.tsx';

const newsSource = <NewsSourceForm />;
const reminders = <ClosedAppReminders />;
const calendarFeeds = <CalendarFeeds />;

/**
 * `/settings` with what other features add: the news source, whether reminders come with the app
 * closed, and the calendar feeds.
 */
export function SettingsRoute() {
  return (
    <SettingsPage newsSource={newsSource} reminders={reminders} calendarFeeds={calendarFeeds} />
  );
}
