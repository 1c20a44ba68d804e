import type { EventChange } from '../../../db/eventChange.ts';
import type { EventDateFormat } from '../../../ui/events/formatEventDate.ts';
import { describeChange } from '../utils/describeChange.ts';

/** The changes of one sync of one event, one line each: "Date moved +2 d  12 Apr → 14 Apr". */
export function ChangeList({
  changes,
  format,
}: {
  changes: readonly EventChange[];
  format: EventDateFormat;
}) {
  return (
    <ul className="space-y-0.5">
      {changes.map((change, index) => {
        const { title, detail } = describeChange(change, format);
        return (
          <li key={`${change.kind}-${index}`} className="text-sm">
            <span className="font-medium text-slate-900 dark:text-slate-100">{title}</span>
            {detail && (
              <span className="ml-2 break-words text-slate-600 dark:text-slate-300">{detail}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
