import { useWatchlist } from './useWatchlist.ts';
import { StarButton } from './StarButton.tsx';

/** The star of one event, wired to the watchlist. */
export function WatchStar({
  event,
  variant,
}: {
  event: { id: number; name: string };
  variant?: 'icon' | 'labelled';
}) {
  const watchlist = useWatchlist();
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
