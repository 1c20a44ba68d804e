// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeAgency } from '../../../api/testing/eventFactory.ts';
import type { EventSummary } from '../../../db/eventSummary.ts';
import { makeEventSummary } from '../../../db/testing/eventFactories.ts';
import { EVENTS_PER_STEP, buildEventColumns, eventColumnSteps } from '../utils/eventColumns.ts';
import { buildFilterCatalog, filterCatalogSteps } from '../utils/filterCatalog.ts';
import { NO_FILTERS } from '../utils/eventFilters.ts';
import { sortEvents } from '../utils/queryEvents.ts';
import { useListModel } from './useListModel.ts';

const NOW = Date.UTC(2026, 6, 10, 12);
const DAY = 86_400_000;

function summaries(count: number, from = 0): EventSummary[] {
  return Array.from({ length: count }, (_, i) =>
    makeEventSummary({
      id: from + i + 1,
      name: `Event ${from + i + 1}`,
      date: new Date(NOW - (from + i) * DAY).toISOString(),
      agencies: [makeAgency({ id: (i % 7) + 1, name: `Agency ${(i % 7) + 1}` })],
    }),
  );
}

/** Runs a stepped build to its end; its result and how many times it paused. */
function drain<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses += 1;
  }
}

describe('stepped builds (decision 032)', () => {
  it('build the same columns and catalog as at once, pausing every few thousand events', () => {
    const events = summaries(3 * EVENTS_PER_STEP + 10);
    const columns = drain(eventColumnSteps(events));
    expect(columns.value).toEqual(buildEventColumns(events));
    // Each of the seven passes pauses at least every EVENTS_PER_STEP events.
    expect(columns.pauses).toBeGreaterThanOrEqual(7 * 3);
    const catalog = drain(filterCatalogSteps(events, EVENTS_PER_STEP));
    expect(catalog.value).toEqual(buildFilterCatalog(events));
    expect(catalog.pauses).toBeGreaterThanOrEqual(3);
  });
});

describe('useListModel (decision 032)', () => {
  it('builds the first model in the render, a newer read later, and settles on the last read', async () => {
    const first = summaries(5);
    const { result, rerender } = renderHook(({ source }) => useListModel(source, 'date'), {
      initialProps: { source: first },
    });
    expect(result.current?.source).toBe(first);
    expect(result.current?.sorted).toEqual(sortEvents(first, 'date'));

    const second = summaries(8);
    const third = summaries(12);
    rerender({ source: second });
    // The newer read is built between tasks: this render still shows the model it had.
    expect(result.current?.source).toBe(first);
    rerender({ source: third });
    await waitFor(() => {
      expect(result.current?.source).toBe(third);
    });
    const shown = result.current;
    expect(shown?.runQuery(NO_FILTERS, 'all', NOW).events).toHaveLength(12);
    expect(shown?.catalog.agencies).toHaveLength(7);
  });

  it('builds a model for a newly chosen ordering in the render', () => {
    const events = summaries(4);
    const { result, rerender } = renderHook(({ ordering }) => useListModel(events, ordering), {
      initialProps: { ordering: 'date' as '-date' | 'date' },
    });
    const ids = () => result.current?.sorted.map((event) => event.id);
    expect(ids()).toEqual(sortEvents(events, 'date').map((event) => event.id));
    rerender({ ordering: '-date' });
    expect(ids()).toEqual(sortEvents(events, '-date').map((event) => event.id));
    expect(ids()).not.toEqual(sortEvents(events, 'date').map((event) => event.id));
  });

  it('builds the first events after an empty store in the render', () => {
    const empty: readonly EventSummary[] = [];
    const { result, rerender } = renderHook(({ source }) => useListModel(source, 'date'), {
      initialProps: { source: empty },
    });
    expect(result.current?.sorted).toEqual([]);
    const first = summaries(3);
    rerender({ source: first });
    expect(result.current?.source).toBe(first);
  });

  it('has no model before the store was read', () => {
    const { result } = renderHook(() => useListModel(undefined, 'date'));
    expect(result.current).toBeNull();
  });

  it('builds the first model in slices while something stands in for it, later ones at once for an ordering', async () => {
    const events = summaries(2 * EVENTS_PER_STEP + 5);
    const { result, rerender } = renderHook(
      ({ ordering }) => useListModel(events, ordering, true),
      { initialProps: { ordering: 'date' as '-date' | 'date' } },
    );
    // Nothing in the render: the head stays on screen while the model is built between tasks.
    expect(result.current).toBeNull();
    await waitFor(() => {
      expect(result.current?.source).toBe(events);
    });
    expect(result.current?.sorted).toEqual(sortEvents(events, 'date'));
    // Once a model was shown, an ordering the person picks is built in the render as before.
    rerender({ ordering: '-date' });
    expect(result.current?.ordering).toBe('-date');
  });
});
