import { useId, useState } from 'react';
import type { FilterOption } from '../utils/filterCatalog.ts';
import { formatCount } from '../../../lib/formatCount.ts';

interface FacetCheckboxGroupProps {
  legend: string;
  options: FilterOption[];
  selected: number[];
  counts: Map<number, number>;
  onChange: (selected: number[]) => void;
  /** Long lists (agencies, programs) show the options with most events first, this many until expanded. */
  collapsedLimit?: number;
}

/**
 * A filter group of checkboxes (several at once, OR within the group). Each checkbox is named by
 * the option alone; its event count is a description, so the name stays exactly the option name.
 */
export function FacetCheckboxGroup({
  legend,
  options,
  selected,
  counts,
  onChange,
  collapsedLimit,
}: FacetCheckboxGroupProps) {
  const idPrefix = useId();
  const [expanded, setExpanded] = useState(false);
  const chosen = new Set(selected);
  const visible =
    collapsedLimit === undefined
      ? options
      : [...options]
          .filter((option) => chosen.has(option.id) || (counts.get(option.id) ?? 0) > 0)
          .sort(
            (a, b) =>
              (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name),
          );
  const limited =
    collapsedLimit !== undefined && !expanded && visible.length > collapsedLimit
      ? visible.filter((option, index) => index < collapsedLimit || chosen.has(option.id))
      : visible;
  if (options.length === 0) return null;
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-xs font-bold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        {legend}
      </legend>
      <ul className="space-y-0.5">
        {limited.map((option) => {
          const inputId = `${idPrefix}-${option.id}`;
          const count = counts.get(option.id) ?? 0;
          return (
            <li key={option.id} className="flex items-center gap-2 text-sm">
              <input
                id={inputId}
                type="checkbox"
                checked={chosen.has(option.id)}
                aria-describedby={`${inputId}-count`}
                onChange={(event) => {
                  onChange(
                    event.target.checked
                      ? [...selected, option.id]
                      : selected.filter((id) => id !== option.id),
                  );
                }}
                className="size-4 accent-sky-700"
              />
              <label
                htmlFor={inputId}
                className={`min-w-0 flex-1 truncate ${count === 0 ? 'text-slate-500 dark:text-slate-400' : ''}`}
              >
                {option.name}
              </label>
              <span
                id={`${inputId}-count`}
                aria-hidden="true"
                className="text-xs text-slate-600 tabular-nums dark:text-slate-300"
              >
                {formatCount(count)}
              </span>
            </li>
          );
        })}
      </ul>
      {limited.length < visible.length || expanded ? (
        <button
          type="button"
          onClick={() => {
            setExpanded(!expanded);
          }}
          className="mt-1 text-sm font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
        >
          {expanded ? 'Show fewer' : `Show all ${visible.length}`}
        </button>
      ) : null}
    </fieldset>
  );
}
