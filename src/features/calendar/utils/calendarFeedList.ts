/*
 * The calendar feeds a published snapshot carries (decision 018). The snapshot job writes them
 * (snapshot/calendarFeeds.ts) and Settings offers them for subscription, from this one list.
 */

export interface FeedDefinition {
  /** Path inside the snapshot folder. */
  file: string;
  /** The calendar's own name (X-WR-CALNAME), as a calendar app shows it. */
  title: string;
  /** What the feed holds, for a person choosing one. */
  label: string;
  /** LL2 event type ids; null = every type. */
  typeIds: readonly number[] | null;
}

/** Docking and Spacecraft Berthing; EVA. Type ids are LL2's and stable (DESIGN §2). */
export const CALENDAR_FEEDS: readonly FeedDefinition[] = [
  {
    file: 'feeds/upcoming.ics',
    title: 'Rendezvous — Upcoming events',
    label: 'Upcoming events',
    typeIds: null,
  },
  {
    file: 'feeds/dockings.ics',
    title: 'Rendezvous — Dockings',
    label: 'Dockings and berthings',
    typeIds: [2, 4],
  },
  {
    file: 'feeds/spacewalks.ics',
    title: 'Rendezvous — Spacewalks',
    label: 'Spacewalks',
    typeIds: [3],
  },
];

export interface FeedLink {
  feed: FeedDefinition;
  /** The feed over http(s), to copy into a calendar's "subscribe by URL". */
  url: string;
  /** The same feed as a `webcal:` link, which opens the device's calendar app to subscribe. */
  webcalUrl: string;
}

/** The feeds of the snapshot at `snapshotFolder` (an absolute URL ending in "/"). */
export function calendarFeedLinks(snapshotFolder: string): FeedLink[] {
  return CALENDAR_FEEDS.map((feed) => {
    const url = new URL(feed.file, snapshotFolder).href;
    return { feed, url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
  });
}
