import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { EventSummary } from '../../../db/eventSummary.ts';
import type { RecentMark } from '../../../ui/recentChanges/recentMarks.ts';
import { EventRow } from '../../../ui/events/EventRow.tsx';
import { useSettings } from '../../../ui/settings/useSettings.ts';
import { useWatchlist } from '../../../ui/watch/useWatchlist.ts';

const ESTIMATED_ROW_PX = 76;
const estimateSize = () => ESTIMATED_ROW_PX;
const initialWindowRect = () => ({ width: window.innerWidth, height: window.innerHeight });

interface EventListProps {
  events: EventSummary[];
  now: number;
  /** Id of the event drawn as "next", if any. */
  nextEventId: number | null;
  /** Row to bring into view and focus (j/k); changes with `focusRequest.seq` even for the same row. */
  focusRequest: { index: number; seq: number } | null;
  /** Events New or Changed since the last visit, by id. */
  marks?: ReadonlyMap<number, RecentMark>;
}

/**
 * The virtualized board: only the rows near the viewport are in the DOM, so 100,000 events scroll
 * like 100. Rows are measured after render (names wrap differently on a phone).
 */
export const EventList = memo(function EventList({
  events,
  now,
  nextEventId,
  focusRequest,
  marks,
}: EventListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  // Read once for every row: each search mounts new rows, and a subscription each was a cost of it.
  const { timeZone } = useSettings();
  const watchlist = useWatchlist();
  const [scrollMargin, setScrollMargin] = useState(0);
  // Row heights by event id, as last measured. A row mounted again (the search cleared, a letter
  // deleted) takes its known height instead of reading the layout in the middle of React's commit,
  // which would force the browser to lay out the page there; the ResizeObserver still reports any
  // change once the browser lays out by itself.
  const [rowHeights] = useState(() => new Map<number | string | bigint, number>());

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return undefined;
    const measure = () => {
      setScrollMargin(list.getBoundingClientRect().top + window.scrollY);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => {
      observer.disconnect();
    };
  }, []);

  // Row keys are the events' ids, read once per list into a typed array: the virtualizer asks for
  // every row's key each time it lays out the rows (several times per search), and reading 100,000
  // scattered events each time was the largest cost of a keystroke after the search itself. One
  // function while the events are the same, or the virtualizer would lay out again on each render.
  const ids = useMemo(() => Float64Array.from(events, (event) => event.id), [events]);
  const getItemKey = useCallback((index: number) => ids[index] ?? index, [ids]);
  const virtualizer = useWindowVirtualizer({
    count: events.length,
    estimateSize,
    overscan: 4,
    // The window's size from the first render: without it the virtualizer knows no viewport until
    // its layout effect, renders no row, and the first rows mount in a second, synchronous render
    // inside the commit (one 50-90 ms task on a desktop CPU when a first sync's rows arrive).
    initialRect: initialWindowRect(),
    scrollMargin,
    getItemKey,
    measureElement: (element, entry, instance) => {
      const key = instance.options.getItemKey(instance.indexFromElement(element));
      const box = entry?.borderBoxSize[0];
      const known = rowHeights.get(key);
      const height =
        box !== undefined
          ? Math.round(box.blockSize)
          : entry === undefined && known !== undefined
            ? known
            : Math.round(element.getBoundingClientRect().height);
      rowHeights.set(key, height);
      return height;
    },
  });

  useEffect(() => {
    if (focusRequest === null) return undefined;
    virtualizer.scrollToIndex(focusRequest.index, { align: 'auto' });
    // The row may only exist after the virtualizer renders it: try on the next frames.
    let attempts = 0;
    let frame = 0;
    const focusRow = () => {
      const link = listRef.current?.querySelector<HTMLAnchorElement>(
        `[data-index="${focusRequest.index}"] a`,
      );
      if (link) link.focus();
      else if ((attempts += 1) < 10) frame = requestAnimationFrame(focusRow);
    };
    frame = requestAnimationFrame(focusRow);
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [focusRequest, virtualizer]);

  const items = virtualizer.getVirtualItems();
  return (
    <ol
      ref={listRef}
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
      aria-label="Events"
    >
      {items.map((item) => {
        const event = events[item.index];
        if (!event) return null;
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-setsize={events.length}
            aria-posinset={item.index + 1}
            className="absolute top-0 left-0 w-full pb-1"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <EventRow
              event={event}
              now={now}
              isNext={event.id === nextEventId}
              mark={marks?.get(event.id) ?? null}
              timeZone={timeZone}
              watchlist={watchlist}
            />
          </li>
        );
      })}
    </ol>
  );
});
