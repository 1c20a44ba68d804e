import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { EventSummary } from '../../../db/eventSummary.ts';
import { useMediaQuery } from '../../../lib/useMediaQuery.ts';
import { useNow } from '../../../lib/useNow.ts';
import { useRecentMarks } from '../../../ui/recentChanges/useRecentMarks.ts';
import { ShareButton } from '../../../ui/share/ShareButton.tsx';
import { useEventFiltersFromUrl } from '../hooks/useEventFiltersFromUrl.ts';
import { useSearchText } from '../hooks/useSearchText.ts';
import { useSteadyFilters } from '../hooks/useSteadyFilters.ts';
import { useEventSummaries } from '../../../ui/queries/useEventSummaries.ts';
import { useEventListPreview } from '../hooks/useEventListPreview.ts';
import { useListKeyboard } from '../hooks/useListKeyboard.ts';
import { useListModel } from '../hooks/useListModel.ts';
import {
  countActiveFilters,
  relevanceOrdering,
  relevanceTieBreak,
  withSearch,
  type EventFilters,
} from '../utils/eventFilters.ts';
import { buildFilterCatalog, type FilterCatalog } from '../utils/filterCatalog.ts';
import {
  createEventQuery,
  dateOrdering,
  defaultOrdering,
  previewRange,
  ranksByRelevance,
  sortEvents,
  type EventQuery,
  type EventView,
} from '../utils/queryEvents.ts';
import { EventFiltersPanel } from './EventFiltersPanel.tsx';
import { EventList } from './EventList.tsx';
import { EventOrderingSelect } from './EventOrderingSelect.tsx';
import { EventPresetLinks } from './EventPresetLinks.tsx';
import { EventSearchBox } from './EventSearchBox.tsx';
import { NextEventCard } from './NextEventCard.tsx';
import { explainError } from '../../../lib/explainError.ts';
import { formatCountOf } from '../../../lib/formatCount.ts';

const TITLES: Record<EventView, string> = {
  upcoming: 'Upcoming events',
  previous: 'Previous events',
  all: 'All events',
};

const NO_EVENTS: readonly EventSummary[] = [];
// The empty list's catalog and query, made on first use rather than when the module loads: the
// app's chunk evaluates in one task, among the longest of a cold start (decisions 036 and 037).
let emptyCatalog: FilterCatalog | null = null;
let emptyQuery: EventQuery | null = null;
const emptyListCatalog = (): FilterCatalog => (emptyCatalog ??= buildFilterCatalog(NO_EVENTS));
const emptyListQuery = (): EventQuery => (emptyQuery ??= createEventQuery(NO_EVENTS));

/** Tailwind's `lg`: from here on the filters stand beside the list instead of behind a button. */
const FILTERS_BESIDE_LIST = '(min-width: 64rem)';

/**
 * Up to this many stored events a search runs in the keystroke's own render: the query takes
 * milliseconds there (about 20–30 ms at 100,000 on a desktop CPU since decision 033), while
 * deferring it costs a frame. Above it the query is deferred (decision 029).
 */
export const SEARCH_IN_KEYSTROKE_MAX_EVENTS = 120_000;

/** How long a list must stay unchanged before its search text is laid out ahead of a search. */
const PREPARE_SEARCH_AFTER_MS = 500;

/** "1 event", "1,234 events". */
export function eventCountText(count: number): string {
  return formatCountOf(count, 'event', 'events');
}

/** What other features show on a list page; the app's route composes them (decision 015). */
export interface EventListSlots {
  /** Shown while the source has no events yet: what the first sync is doing. */
  firstSync: ReactNode;
  /** How much of an unfinished first download is stored, and when the rest comes. */
  archiveProgress: ReactNode;
  /** Events with a webcast on air, above the list. */
  renderLiveNow: (events: readonly EventSummary[]) => ReactNode;
  /** The calendar download of the listed events (the same array until the list changes). */
  renderCalendarExport: (events: readonly { id: number }[], viewTitle: string) => ReactNode;
}

interface EventListPageProps extends EventListSlots {
  view: EventView;
  /**
   * A compact aside the app passes per route: beside the Filters button on a phone (where it
   * costs no height, so the first row stays in view), atop the filters column on wide screens.
   */
  lead?: ReactNode;
}

/**
 * A list page (upcoming, previous, all): every stored event of the source loaded once, then
 * filtered, searched and ordered in memory per keystroke, with the view held in the URL.
 */
export function EventListPage({
  view,
  firstSync,
  archiveProgress,
  renderLiveNow,
  renderCalendarExport,
  lead,
}: EventListPageProps) {
  // The whole set is read once the first rows have been (or need not be): started together, the
  // two reads would share the store and the page, and the first rows would wait (decision 031).
  const [headAnswered, setHeadAnswered] = useState(false);
  const summaries = useEventSummaries({ enabled: headAnswered });
  const marks = useRecentMarks();
  const fromUrl = useEventFiltersFromUrl();
  const { problems, setFilters } = fromUrl;
  // Typing changes the text here at once and the URL once typing pauses (decision 024).
  const [searchText, setSearchText] = useSearchText(
    fromUrl.filters.search,
    useCallback(
      (search: string) => {
        // The first search makes a history entry; refining or clearing it replaces that entry.
        setFilters(withSearch(fromUrl.filters, search), {
          replace: fromUrl.filters.search !== '',
        });
      },
      [setFilters, fromUrl.filters],
    ),
  );
  // What the list shows: the URL's filters with the search being typed. Kept as one object while
  // they mean the same, so the URL catching up re-runs nothing.
  const filters = useSteadyFilters(
    useMemo(() => withSearch(fromUrl.filters, searchText), [fromUrl.filters, searchText]),
  );
  // The filter panel does not show the search: a keystroke leaves it alone.
  const panelFilters = useSteadyFilters(fromUrl.filters);
  const searchTextRef = useRef(searchText);
  useEffect(() => {
    searchTextRef.current = searchText;
  });
  const changeFilters = useCallback(
    (next: EventFilters) => {
      // The panel's filters carry the URL's search, which may lag the box by a pause.
      setFilters(withSearch(next, searchTextRef.current));
    },
    [setFilters],
  );
  // Windows (upcoming = last 24 h onwards) and "live" move with the clock.
  const now = useNow(60_000);
  const searchRef = useRef<HTMLInputElement>(null);
  const filtersId = useId();
  const [filtersOpen, setFiltersOpen] = useState(false);
  // Below lg the filters are behind their button: a phone does not build (and rebuild with every
  // count while a sync writes) a hundred checkboxes it does not show.
  const filtersBeside = useMediaQuery(FILTERS_BESIDE_LIST);
  const [focusRequest, setFocusRequest] = useState<{ index: number; seq: number } | null>(null);

  // A re-read of the store (every page a sync writes) renders in the background, in slices, so
  // the page keeps answering input; until then it shows the events it has.
  const all = useDeferredValue(summaries.data);
  const ordering = dateOrdering(filters, view);
  // Sorting, the filter catalog and the query's columns of a newer read are built in slices
  // between tasks, so a first sync does not hold the page (decision 032); so is the first one once
  // the head is on screen behind it.
  const [headShown, setHeadShown] = useState(false);
  const model = useListModel(all, ordering, headShown);
  // The whole set, once the page has a model of it; until then the head stands in.
  const loaded = model !== null ? all : undefined;
  const sorted = model?.sorted ?? NO_EVENTS;
  const searching = filters.search.trim() !== '';
  const catalog = model?.catalog ?? emptyListCatalog();
  // Up to SEARCH_IN_KEYSTROKE_MAX_EVENTS the search runs within the keystroke's own render, so the
  // list changes in the same frame as the box; a larger archive follows a deferred copy of the
  // filters, so typing stays responsive while the query runs (decisions 029 and 033).
  const deferredFilters = useDeferredValue(filters);
  const queryFilters = sorted.length <= SEARCH_IN_KEYSTROKE_MAX_EVENTS ? filters : deferredFilters;
  const runQuery = model?.runQuery ?? emptyListQuery();
  useEffect(() => {
    // Once the list has settled, the search's text is laid out in the background, so the first
    // letter typed does not wait for it (decision 033); a sync's re-read that replaces the list
    // within the pause costs nothing here.
    const preparing = new AbortController();
    const timer = setTimeout(() => {
      void runQuery.prepareSearch(preparing.signal);
    }, PREPARE_SEARCH_AFTER_MS);
    return () => {
      clearTimeout(timer);
      preparing.abort();
    };
  }, [runQuery]);
  const { events: queried, facets } = useMemo(
    () => runQuery(queryFilters, view, now),
    [runQuery, queryFilters, view, now],
  );
  // Until the whole set is loaded, an unfiltered list shows its count and first rows read through
  // the date index (decision 031); anything else waits for the whole set.
  const range = previewRange(filters, view, now);
  const preview = useEventListPreview(range, summaries.data === undefined);
  // The head's rows render in the background too: React Query reports the read through a store,
  // whose update would mount them in one synchronous task (decision 034).
  const previewData = useDeferredValue(preview.data);
  const head =
    loaded === undefined && range !== null && previewData && previewData.total > 0
      ? previewData
      : null;
  const headEvents = useMemo(
    () => (head ? sortEvents(head.first, ordering) : null),
    [head, ordering],
  );
  const events = loaded !== undefined ? queried : (headEvents ?? []);
  const listedCount = loaded !== undefined ? queried.length : (head?.total ?? null);
  // Once the page is up it stays up: a search typed before the whole set is loaded waits for it
  // in place of the count and rows, with the box still focused.
  if (head !== null && !headShown) setHeadShown(true);
  if (
    !headAnswered &&
    (range === null ||
      summaries.data !== undefined ||
      preview.data !== undefined ||
      preview.isError)
  )
    setHeadAnswered(true);
  // "Next" marks the soonest listed event, which only the view's own date order puts first.
  const nextEvent =
    view === 'upcoming' &&
    relevanceTieBreak(filters.ordering) === null &&
    !ranksByRelevance(filters)
      ? (events.find((event) => event.dateMs !== null && event.dateMs >= now) ?? null)
      : null;
  const nextEventId = nextEvent?.id ?? null;
  // The big "Next up" card belongs to the unfiltered home page; a filtered view marks its row.
  const showNextCard =
    nextEvent !== null && filters.search === '' && countActiveFilters(filters) === 0;

  const moveTo = useCallback((index: number) => {
    setFocusRequest((previous) => ({ index, seq: (previous?.seq ?? 0) + 1 }));
  }, []);
  useListKeyboard(searchRef, events.length, moveTo);

  const activeFilters = countActiveFilters(filters);
  const hasEvents = loaded !== undefined ? loaded.length > 0 : headShown;

  return (
    <div className="space-y-4">
      <title>{`${TITLES[view]} · Rendezvous`}</title>
      {/* On a phone the heading shares its row with the actions (icons there) and the presets
          scroll sideways in one row, so the first event shows without scrolling. */}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
        <h1 className="text-xl font-bold tracking-tight text-slate-900 sm:text-2xl dark:text-slate-50">
          {TITLES[view]}
        </h1>
        {hasEvents && (
          <div className="ml-auto flex items-center gap-2 sm:ml-0">
            {loaded !== undefined && renderCalendarExport(events, TITLES[view])}
            <ShareButton title={`${TITLES[view]} · Rendezvous`} iconOnlyOnPhone />
          </div>
        )}
        <div className="w-full min-w-0 sm:ml-auto sm:w-auto">
          <EventPresetLinks now={now} />
        </div>
      </div>

      {/* Until events are stored there is nothing to search or filter; then the whole page
          appears at once, so nothing already shown is pushed down by what arrives. */}
      {summaries.isError ? (
        <p role="alert" className="py-8 text-red-800 dark:text-red-300">
          The stored events could not be read. {explainError(summaries.error)}
        </p>
      ) : loaded === undefined && !headShown ? (
        <p role="status" className="py-8 text-slate-600 dark:text-slate-300">
          Reading stored events…
        </p>
      ) : loaded?.length === 0 ? (
        firstSync
      ) : (
        <>
          {archiveProgress}
          {loaded !== undefined && renderLiveNow(loaded)}
          {showNextCard && <NextEventCard event={nextEvent} now={now} />}

          <div className="lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-8">
            <div className="mb-4 flex flex-wrap items-center gap-x-3 lg:mb-0 lg:block">
              <button
                type="button"
                aria-expanded={filtersOpen}
                aria-controls={filtersId}
                onClick={() => {
                  setFiltersOpen(!filtersOpen);
                }}
                className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold lg:hidden dark:border-slate-600"
              >
                Filters{activeFilters > 0 ? ` (${activeFilters})` : ''}
              </button>
              {lead !== undefined && <div className="min-w-0 flex-1 lg:mb-4">{lead}</div>}
              <section
                id={filtersId}
                aria-label="Filters"
                className={`${filtersOpen ? 'mt-3 block w-full' : 'hidden'} lg:sticky lg:top-4 lg:mt-0 lg:block`}
              >
                {(filtersOpen || filtersBeside) &&
                  (loaded !== undefined ? (
                    <EventFiltersPanel
                      filters={panelFilters}
                      catalog={catalog}
                      facets={facets}
                      onChange={changeFilters}
                    />
                  ) : (
                    <p className="text-sm text-slate-600 dark:text-slate-300">
                      Reading stored events for the filters…
                    </p>
                  ))}
              </section>
            </div>

            <section aria-label="Results" className="min-w-0 space-y-3">
              <div className="flex flex-wrap items-center gap-x-4 gap-y-2" role="search">
                <div className="min-w-0 flex-[1_1_16rem]">
                  <EventSearchBox
                    inputRef={searchRef}
                    value={searchText}
                    onSearch={setSearchText}
                  />
                </div>
                <EventOrderingSelect
                  value={ranksByRelevance(filters) ? 'relevance' : ordering}
                  offersRelevance={searching}
                  onChange={(next) => {
                    // Relevance keeps the chosen date order to break ties. While searching a date
                    // order is written even when it is the view's own: the default is relevance.
                    const ordering =
                      next === 'relevance'
                        ? relevanceOrdering(relevanceTieBreak(filters.ordering))
                        : !searching && next === defaultOrdering(view)
                          ? null
                          : next;
                    setFilters({
                      ...filters,
                      ordering: ordering === 'relevance' ? null : ordering,
                    });
                  }}
                />
                <p
                  role="status"
                  className="text-sm font-semibold text-slate-700 tabular-nums dark:text-slate-200"
                >
                  {listedCount === null ? 'Reading stored events…' : eventCountText(listedCount)}
                </p>
              </div>

              {problems.length > 0 && (
                <div
                  role="note"
                  className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100"
                >
                  <p className="font-semibold">
                    Some parts of this link were not understood and are ignored:
                  </p>
                  <ul className="list-disc pl-5">
                    {problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                </div>
              )}

              {listedCount === null ? null : events.length === 0 ? (
                <p className="py-8 text-slate-600 dark:text-slate-300">
                  No events match. Try fewer words or filters.
                </p>
              ) : (
                <>
                  {/* The rows' names are h3s; this keeps the heading order whole where no
                      Next up card (an h2) comes before them. */}
                  <h2 className="sr-only">Events listed</h2>
                  <p className="sr-only">Press j and k to move between events, / to search.</p>
                  <EventList
                    events={events}
                    now={now}
                    nextEventId={nextEventId}
                    focusRequest={focusRequest}
                    marks={marks}
                  />
                </>
              )}
            </section>
          </div>
        </>
      )}
    </div>
  );
}
