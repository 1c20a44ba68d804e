import { useId } from 'react';
import { EVENT_ORDERINGS, type EventOrdering } from '../utils/eventFilters.ts';

const LABELS: Record<EventOrdering, string> = {
  date: 'Date, earliest first',
  '-date': 'Date, latest first',
  '-last_updated': 'Recently updated first',
  last_updated: 'Least recently updated first',
};

export function EventOrderingSelect({
  value,
  onChange,
}: {
  value: EventOrdering;
  onChange: (ordering: EventOrdering) => void;
}) {
  const id = useId();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-slate-700 dark:text-slate-200">
        Order
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = EVENT_ORDERINGS.find((ordering) => ordering === event.target.value);
          if (next) onChange(next);
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
      >
        {EVENT_ORDERINGS.map((ordering) => (
          <option key={ordering} value={ordering}>
            {LABELS[ordering]}
          </option>
        ))}
      </select>
    </div>
  );
}
