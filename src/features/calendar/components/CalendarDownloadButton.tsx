import { useState } from 'react';
import { ActionButton } from '../../../lib/ActionButton.tsx';
import type { BuiltCalendar } from '../utils/buildEventCalendar.ts';
import { downloadTextFile } from '../utils/downloadFile.ts';
import { explainError } from '../../../lib/explainError.ts';
import { formatCountOf } from '../../../lib/formatCount.ts';

interface CalendarDownloadButtonProps {
  /** The button's name: "Add to calendar" or "Export calendar". */
  label: string;
  fileName: string;
  /** Makes the file (loads records, builds the iCalendar text); may throw a message for people. */
  build: () => Promise<BuiltCalendar>;
  disabled?: boolean;
  /** Only the icon below Tailwind's `sm` (the name stays for screen readers and the tooltip). */
  iconOnlyOnPhone?: boolean;
}

type Outcome =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'done'; message: string }
  | { state: 'failed'; message: string };

function doneMessage({ included, undated }: BuiltCalendar): string {
  const events = formatCountOf(included, 'event', 'events');
  const skipped =
    undated === 0 ? '' : ` ${undated} without a date ${undated === 1 ? 'was' : 'were'} left out.`;
  return `Calendar file with ${events} saved.${skipped}`;
}

/** A button that builds an .ics file and downloads it, then says what it saved or why it could not. */
export function CalendarDownloadButton({
  label,
  fileName,
  build,
  disabled = false,
  iconOnlyOnPhone = false,
}: CalendarDownloadButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const onClick = async () => {
    setOutcome({ state: 'working' });
    try {
      const calendar = await build();
      downloadTextFile(fileName, calendar.ics, 'text/calendar;charset=utf-8');
      setOutcome({ state: 'done', message: doneMessage(calendar) });
    } catch (error) {
      const message = explainError(error);
      setOutcome({ state: 'failed', message: `Could not make the calendar file. ${message}` });
    }
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <ActionButton
        label={label}
        iconOnlyOnPhone={iconOnlyOnPhone}
        disabled={disabled || outcome.state === 'working'}
        onClick={() => void onClick()}
        icon={
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="size-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          >
            <rect x="3" y="4" width="14" height="13" rx="2" />
            <path d="M3 8h14M7 2v4M13 2v4" />
          </svg>
        }
      />
      <span role="status" className="text-xs text-slate-600 dark:text-slate-300">
        {outcome.state === 'working' && 'Making the calendar file…'}
        {outcome.state === 'done' && outcome.message}
      </span>
      {outcome.state === 'failed' && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          {outcome.message}
        </span>
      )}
    </span>
  );
}
