import { CalendarFeeds } from '../../features/calendar/components/CalendarFeeds.tsx';
import { NewsSourceForm } from '../../features/news/components/NewsSourceForm.tsx';
import { SettingsPage } from '../../features/settings/SettingsPage.tsx';

const newsSource = <NewsSourceForm />;
const calendarFeeds = <CalendarFeeds />;

/** `/settings` with what other features add: the news source and the calendar feeds. */
export function SettingsRoute() {
  return <SettingsPage newsSource={newsSource} calendarFeeds={calendarFeeds} />;
}
