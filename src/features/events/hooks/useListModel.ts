import { startTransition, useEffect, useMemo, useState } from 'react';
import type { EventOrdering } from '../../../api/params.ts';
import type { EventSummary } from '../../../db/eventSummary.ts';
import { EVENTS_PER_STEP, eventColumnSteps } from '../utils/eventColumns.ts';
import { filterCatalogSteps, type FilterCatalog } from '../utils/filterCatalog.ts';
import { createEventQuery, sortEvents, type EventQuery } from '../utils/queryEvents.ts';
import { finishSteps } from '../../../lib/finishSteps.ts';

/** What a list page derives from the stored events once per read, before any filter applies. */
export interface ListModel {
  /** The stored events it was built from. */
  source: readonly EventSummary[];
  ordering: EventOrdering;
  sorted: readonly EventSummary[];
  catalog: FilterCatalog;
  runQuery: EventQuery;
}

/** Work done in one task before the builder gives the page back to the browser. */
const SLICE_MS = 8;

/**
 * The list's model of `source` in `ordering` (decision 032). A first model (also the first with
 * events, after an empty store), and one for an ordering the person just chose, is built in the
 * render: there is nothing to show until then, unless `firstInSlices` says there is.
 * A newer read of the store (every page a sync writes) is built in slices of a few milliseconds
 * between tasks — sorting, the filter catalog, each facet column — while the page keeps showing
 * the model it has; the new one is then rendered as a transition. A newer read arriving meanwhile
 * replaces the build under way, so the page settles on the last read.
 */
export function useListModel(
  source: readonly EventSummary[] | undefined,
  ordering: EventOrdering,
  /**
   * Something stands in for the list meanwhile (its first rows from the date index, decision
   * 031): the first model is then built in slices too, instead of in one long task in the render
   * (0.4 s at 100,000 events).
   */
  firstInSlices = false,
): ListModel | null {
  const [built, setBuilt] = useState<ListModel | null>(null);
  // A model of no events is not kept on screen while the first ones are built: the page would
  // show "No events match" and then move everything down for the "Next up" card.
  const current =
    built !== null &&
    built.ordering === ordering &&
    (built.source.length > 0 || built.source === source)
      ? built
      : null;
  const needsOne = current === null && !(firstInSlices && built === null);
  const atOnce = useMemo(
    () => (needsOne && source !== undefined ? buildListModel(source, ordering) : null),
    [needsOne, source, ordering],
  );
  const shown = current ?? atOnce;

  useEffect(() => {
    if (source === undefined) return;
    if (shown !== null && shown.source === source) {
      if (shown !== built) setBuilt(shown);
      return;
    }
    const steps = listModelSteps(source, ordering);
    let timer = setTimeout(function work() {
      const started = performance.now();
      let step = steps.next();
      while (!step.done && performance.now() - started < SLICE_MS) step = steps.next();
      if (!step.done) {
        timer = setTimeout(work, 0);
        return;
      }
      const next = step.value;
      startTransition(() => {
        setBuilt(next);
      });
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [source, ordering, shown, built]);

  return shown;
}

export function buildListModel(
  source: readonly EventSummary[],
  ordering: EventOrdering,
): ListModel {
  return finishSteps(listModelSteps(source, ordering));
}

function* listModelSteps(
  source: readonly EventSummary[],
  ordering: EventOrdering,
): Generator<void, ListModel, void> {
  const sorted = sortEvents(source, ordering);
  yield;
  const catalog = yield* filterCatalogSteps(source, EVENTS_PER_STEP);
  const columns = yield* eventColumnSteps(sorted);
  return { source, ordering, sorted, catalog, runQuery: createEventQuery(sorted, columns) };
}
