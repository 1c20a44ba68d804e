import type { QueryClient } from '@tanstack/react-query';
import { chosenApiBaseUrl } from '../api/baseUrl.ts';
import { openSourceDatabase } from '../db/sourceDatabase.ts';
import { eventListHeadQuery } from '../features/events/hooks/useEventListPreview.ts';
import { parseEventFilters } from '../features/events/utils/eventFilters.ts';
import { previewRange, type EventView } from '../features/events/utils/queryEvents.ts';
import { routerBasename } from '../lib/appBase.ts';
import { settingsQuery } from '../ui/settings/useSettings.ts';

/**
 * How long the first render waits for the start-up reads. Far longer than they take (tens of
 * milliseconds); a store that does not answer still gets the app's own words for it, not the
 * shell's "Opening" for ever.
 */
const STARTUP_READS_WAIT_MS = 500;

/** How long a head read ahead waits for the page that shows it (far longer than a start-up). */
const HEAD_KEPT_FOR_THE_PAGE_MS = 10_000;

/** What the start-up reads need of the page's address. */
export type StartupAddress = Pick<Location, 'origin' | 'pathname' | 'search'>;

/**
 * Starts the reads the first page needs before React renders anything (decision 038), and
 * resolves when they are done, or after STARTUP_READS_WAIT_MS, whichever comes first; never
 * rejects. The reads are the settings, then the chosen source's database, then, on a list page
 * with no search or filter, its count and first rows. React Query holds them under the keys the
 * components ask for, so the first render finds them, and a read still under way is waited for,
 * not started again. A read that fails does so where the component shows it: its query holds the
 * error.
 *
 * The upcoming and previous lists bound their head by the clock; previewRange takes it to the
 * minute, so the head read here is the page's unless the minute turns in between (then the page
 * reads its own, as it would have anyway).
 */
export function startupReads(queryClient: QueryClient, at: StartupAddress): Promise<void> {
  return new Promise((resolve) => {
    const waited = setTimeout(resolve, STARTUP_READS_WAIT_MS);
    const done = () => {
      clearTimeout(waited);
      resolve();
    };
    readAhead(queryClient, at).then(done, done);
  });
}

async function readAhead(queryClient: QueryClient, at: StartupAddress): Promise<void> {
  const settings = await queryClient.query(settingsQuery);
  const db = openSourceDatabase(chosenApiBaseUrl(settings.apiUrl, at.origin));
  const view = listViewAt(at.pathname);
  const range =
    view === null
      ? null
      : previewRange(parseEventFilters(new URLSearchParams(at.search)).filters, view, Date.now());
  if (range === null) {
    // Opening the database is most of a first read's time; a failure shows where a page reads.
    await db.open().catch(() => undefined);
    return;
  }
  // The head's query is dropped as soon as nothing shows it (gcTime 0); read ahead, it has to wait
  // for the page to mount.
  await queryClient.query({
    ...eventListHeadQuery(queryClient, db, range),
    gcTime: HEAD_KEPT_FOR_THE_PAGE_MS,
  });
}

/**
 * The list page at `pathname` under the app's base, as app/AppRoutes.tsx routes it (the app's root
 * leads to the upcoming list), or null for any other page.
 */
export function listViewAt(
  pathname: string,
  basename: string = routerBasename(),
): EventView | null {
  const base = basename === '/' ? '' : basename;
  if (!pathname.startsWith(base)) return null;
  const path = pathname.slice(base.length).replace(/\/$/, '');
  if (path === '' || path === '/events/upcoming') return 'upcoming';
  if (path === '/events') return 'all';
  if (path === '/events/previous') return 'previous';
  return null;
}
