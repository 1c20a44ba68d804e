import { memo, useId } from 'react';
import { NO_FILTERS, type EventFilters } from '../utils/eventFilters.ts';
import type { FilterCatalog } from '../utils/filterCatalog.ts';
import type { FacetCounts } from '../utils/queryEvents.ts';
import { FacetCheckboxGroup } from './FacetCheckboxGroup.tsx';
import { formatCount } from '../../../lib/formatCount.ts';

interface EventFiltersPanelProps {
  filters: EventFilters;
  catalog: FilterCatalog;
  facets: FacetCounts;
  onChange: (next: EventFilters) => void;
}

const DAY_MS = 86_400_000;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (value: string) => (value ? Date.parse(`${value}T00:00:00Z`) : Number.NaN);

const FIELD =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';
const LABEL = 'block text-xs font-bold tracking-wide text-slate-600 uppercase dark:text-slate-300';

/** Every filter the API offers, applied locally, each option with the number of events it leaves. */
/** Memoized: the list page re-renders on every keystroke and re-read; the panel only when its props change. */
export const EventFiltersPanel = memo(function EventFiltersPanel({
  filters,
  catalog,
  facets,
  onChange,
}: EventFiltersPanelProps) {
  const id = useId();
  const update = (patch: Partial<EventFilters>) => {
    onChange({ ...filters, ...patch });
  };
  const fromValue = filters.dateGte ?? filters.dateGt;
  // "To" is a whole UTC day: stored as date__lt of the next midnight, shown as that day.
  const toValue = filters.dateLt !== null ? filters.dateLt - DAY_MS : filters.dateLte;
  const singleYear = filters.years.length === 1 ? String(filters.years[0]) : '';
  const singleMonth = filters.months.length === 1 ? String(filters.months[0]) : '';

  return (
    <div className="space-y-5">
      <FacetCheckboxGroup
        legend="Event type"
        options={catalog.types}
        selected={filters.typeIds}
        counts={facets.types}
        onChange={(typeIds) => {
          update({ typeIds });
        }}
      />

      <fieldset className="space-y-1">
        <legend className={LABEL}>Webcasts</legend>
        {(
          [
            ['hasWebcast', 'Has a webcast', facets.hasWebcast],
            ['liveNow', 'Live now', facets.liveNow],
          ] as const
        ).map(([key, label, count]) => (
          <div key={key} className="flex items-center gap-2 text-sm">
            <input
              id={`${id}-${key}`}
              type="checkbox"
              checked={filters[key]}
              aria-describedby={`${id}-${key}-count`}
              onChange={(event) => {
                update({ [key]: event.target.checked });
              }}
              className="size-4 accent-sky-700"
            />
            <label htmlFor={`${id}-${key}`} className="flex-1">
              {label}
            </label>
            <span
              id={`${id}-${key}-count`}
              aria-hidden="true"
              className="text-xs text-slate-600 tabular-nums dark:text-slate-300"
            >
              {formatCount(count)}
            </span>
          </div>
        ))}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className={LABEL}>Date (UTC days)</legend>
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label htmlFor={`${id}-from`} className="text-sm">
              From
            </label>
            <input
              id={`${id}-from`}
              type="date"
              className={FIELD}
              value={fromValue === null ? '' : isoDay(fromValue)}
              onChange={(event) => {
                const ms = dayMs(event.target.value);
                update({ dateGte: Number.isNaN(ms) ? null : ms, dateGt: null });
              }}
            />
          </div>
          <div>
            <label htmlFor={`${id}-to`} className="text-sm">
              To
            </label>
            <input
              id={`${id}-to`}
              type="date"
              className={FIELD}
              value={toValue === null ? '' : isoDay(toValue)}
              onChange={(event) => {
                const ms = dayMs(event.target.value);
                update({ dateLt: Number.isNaN(ms) ? null : ms + DAY_MS, dateLte: null });
              }}
            />
          </div>
          <div>
            <label htmlFor={`${id}-year`} className="text-sm">
              Year
            </label>
            <select
              id={`${id}-year`}
              className={FIELD}
              value={filters.years.length > 1 ? 'several' : singleYear}
              onChange={(event) => {
                const year = Number(event.target.value);
                update({ years: event.target.value && year ? [year] : [] });
              }}
            >
              <option value="">Any year</option>
              {filters.years.length > 1 && (
                <option value="several" disabled>
                  {filters.years.join(', ')}
                </option>
              )}
              {catalog.years.map((year) => (
                <option key={year} value={year}>
                  {year} ({formatCount(facets.years.get(year) ?? 0)})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-month`} className="text-sm">
              Month
            </label>
            <select
              id={`${id}-month`}
              className={FIELD}
              value={filters.months.length > 1 ? 'several' : singleMonth}
              onChange={(event) => {
                const month = Number(event.target.value);
                update({ months: event.target.value && month ? [month] : [] });
              }}
            >
              <option value="">Any month</option>
              {filters.months.length > 1 && (
                <option value="several" disabled>
                  {filters.months.map((m) => MONTHS[m - 1]).join(', ')}
                </option>
              )}
              {MONTHS.map((name, index) => (
                <option key={name} value={index + 1}>
                  {name} ({formatCount(facets.months.get(index + 1) ?? 0)})
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>

      <FacetCheckboxGroup
        legend="Agency"
        options={catalog.agencies}
        selected={filters.agencyIds}
        counts={facets.agencies}
        collapsedLimit={8}
        onChange={(agencyIds) => {
          update({ agencyIds });
        }}
      />
      <FacetCheckboxGroup
        legend="Program"
        options={catalog.programs}
        selected={filters.programIds}
        counts={facets.programs}
        collapsedLimit={8}
        onChange={(programIds) => {
          update({ programIds });
        }}
      />
      <FacetCheckboxGroup
        legend="Space station"
        options={catalog.spacestations}
        selected={filters.spacestationIds}
        counts={facets.spacestations}
        collapsedLimit={8}
        onChange={(spacestationIds) => {
          update({ spacestationIds });
        }}
      />

      <button
        type="button"
        onClick={() => {
          onChange({ ...NO_FILTERS, search: filters.search, ordering: filters.ordering });
        }}
        className="rounded-md border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Clear filters
      </button>
    </div>
  );
});
