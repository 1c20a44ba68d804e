import { useWatchlist, type Watchlist } from './useWatchlist.ts';
import { StarButton } from './StarButton.tsx';

interface WatchStarProps {
  event: { id: number; name: string };
  variant?: 'icon' | 'labelled';
}

/** The star of one event, wired to the watchlist. */
export function WatchStar(props: WatchStarProps) {
  const watchlist = useWatchlist();
  return <WatchStarIn {...props} watchlist={watchlist} />;
}

/**
 * `WatchStar` on a watchlist its caller read: a list reads it once for all its rows, where a
 * subscription per row was a cost of every search (each search mounts new rows).
 */
export function WatchStarIn({
  event,
  variant,
  watchlist,
}: WatchStarProps & { watchlist: Watchlist }) {
  return (
    <StarButton
      eventName={event.name}
      watched={watchlist.has(event.id)}
      onToggle={() => {
        watchlist.toggle(event.id);
      }}
      variant={variant}
    />
  );
}
