import { useId, useState } from 'react';
import { configuredSnapshotFolder } from '../../../api/snapshotUrl.ts';
import { appBaseUrl } from '../../../lib/appBase.ts';
import { calendarFeedLinks, type FeedLink } from '../utils/calendarFeedList.ts';

/**
 * "Calendar feeds" in Settings: where this copy of the app publishes a snapshot (decision 018), a
 * Subscribe link (`webcal:`) and the https address to copy for each feed, and what subscribing
 * does — the one way a reminder fires with the app closed in every browser. Without a snapshot it
 * says so, and points at the calendar files every list and the watchlist can export.
 */
export function CalendarFeeds({
  snapshotFolder = configuredSnapshotFolder(appBaseUrl(window.location.origin)),
}: {
  snapshotFolder?: string | null;
}) {
  if (snapshotFolder === null) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-300">
        This copy of Rendezvous publishes no calendar feeds. Any list, the watchlist and each event
        can still be saved as a calendar file (“Add to calendar”), with an alarm at your reminder
        time; a saved file does not change when an event moves.
      </p>
    );
  }
  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-600 dark:text-slate-300">
        Subscribe in your calendar app and it fetches these feeds by itself, usually every few
        hours: new events and moved dates arrive, and an alarm before each event with an exact time
        goes off, even while Rendezvous is closed. Unsubscribe in the calendar app.
      </p>
      <ul className="space-y-3">
        {calendarFeedLinks(snapshotFolder).map((link) => (
          <FeedRow key={link.feed.file} link={link} />
        ))}
      </ul>
    </div>
  );
}

function FeedRow({ link }: { link: FeedLink }) {
  const inputId = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(link.url).then(
      () => {
        setCopied('Copied.');
      },
      () => {
        setCopied('The browser would not copy; select the address and copy it yourself.');
      },
    );
  };
  return (
    <li className="space-y-1">
      <div className="flex flex-col gap-0.5">
        <span className="font-medium">{link.feed.label}</span>
        <a
          href={link.webcalUrl}
          className="rounded text-sky-700 underline hover:text-sky-900 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-sky-300 dark:hover:text-sky-200"
        >
          Subscribe to {link.feed.label.toLowerCase()}
        </a>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={inputId} className="sr-only">
          Address of the {link.feed.label.toLowerCase()} feed
        </label>
        <input
          id={inputId}
          readOnly
          value={link.url}
          onFocus={(event) => {
            event.currentTarget.select();
          }}
          className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
        />
        <button
          type="button"
          onClick={copy}
          aria-label={`Copy the ${link.feed.label.toLowerCase()} feed address`}
          className="rounded-md border border-slate-300 px-2.5 py-1 text-sm font-semibold hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Copy
        </button>
        <span role="status" className="text-slate-600 dark:text-slate-300">
          {copied}
        </span>
      </div>
    </li>
  );
}
