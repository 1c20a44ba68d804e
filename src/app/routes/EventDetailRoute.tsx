import { AddToCalendarButton } from '../../features/calendar/components/AddToCalendarButton.tsx';
import { EventDetailPage } from '../../features/events/components/EventDetailPage.tsx';
import type { EventDetailSlots } from '../../features/events/components/EventDetailView.tsx';
import { ConnectedEventHistory } from '../../features/history/components/ConnectedEventHistory.tsx';
import { EventNews } from '../../features/news/components/EventNews.tsx';
import { WebcastsSection } from '../../features/webcasts/components/WebcastsSection.tsx';

const slots: EventDetailSlots = {
  renderAddToCalendar: (event) => <AddToCalendarButton event={event} />,
  renderWebcasts: (event) => <WebcastsSection event={event} />,
  renderNews: (eventId) => <EventNews eventId={eventId} />,
  renderHistory: (eventId) => <ConnectedEventHistory eventId={eventId} />,
};

/** `/events/:id/:slug?` with what other features add: calendar, webcasts, news, history. */
export function EventDetailRoute() {
  return <EventDetailPage slots={slots} />;
}
