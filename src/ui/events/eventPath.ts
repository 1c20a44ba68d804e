import type { EventSummary } from '../../db/eventSummary.ts';

/** `/events/:id/:slug`: the id decides, the slug only makes the link readable. */
export function eventPath(event: Pick<EventSummary, 'id' | 'slug'>): string {
  return event.slug
    ? `/events/${event.id}/${encodeURIComponent(event.slug)}`
    : `/events/${event.id}`;
}
