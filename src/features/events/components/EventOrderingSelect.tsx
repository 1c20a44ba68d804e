import { useId } from 'react';
import { EVENT_ORDERINGS, type EventOrdering } from '../../../api/params.ts';

/** What the control offers: relevance (its tie-break is kept by the page) or a date order. */
export type OrderingChoice = 'relevance' | EventOrdering;

const LABELS: Record<OrderingChoice, string> = {
  relevance: 'Relevance',
  date: 'Date, earliest first',
  '-date': 'Date, latest first',
  '-last_updated': 'Recently updated first',
  last_updated: 'Least recently updated first',
};

/** The list's order; "Relevance" (best match first) is offered, and is the default, while searching. */
export function EventOrderingSelect({
  value,
  offersRelevance,
  onChange,
}: {
  value: OrderingChoice;
  offersRelevance: boolean;
  onChange: (ordering: OrderingChoice) => void;
}) {
  const id = useId();
  const options: readonly OrderingChoice[] = offersRelevance
    ? ['relevance', ...EVENT_ORDERINGS]
    : EVENT_ORDERINGS;
  return (
    <div className="flex items-center gap-2 text-sm">
      {/* The chosen order reads for itself on a phone, where the count must fit beside it. */}
      <label htmlFor={id} className="sr-only text-slate-700 sm:not-sr-only dark:text-slate-200">
        Order
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = options.find((ordering) => ordering === event.target.value);
          if (next) onChange(next);
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
      >
        {options.map((ordering) => (
          <option key={ordering} value={ordering}>
            {LABELS[ordering]}
          </option>
        ))}
      </select>
    </div>
  );
}
