interface StarButtonProps {
  eventName: string;
  watched: boolean;
  onToggle: () => void;
  /** Rows use the small star; the detail page a labelled button. */
  variant?: 'icon' | 'labelled';
  disabled?: boolean;
}

/**
 * A toggle named "Watch <event name>" whose pressed state says whether the event is on the
 * watchlist (the name stays the same either way, as ARIA toggle buttons should). Drawn above a
 * row's stretched link so it can be clicked without opening the event.
 */
export function StarButton({
  eventName,
  watched,
  onToggle,
  variant = 'icon',
  disabled = false,
}: StarButtonProps) {
  const labelled = variant === 'labelled';
  return (
    <button
      type="button"
      aria-pressed={watched}
      aria-label={`Watch ${eventName}`}
      title={watched ? 'On your watchlist' : 'Add to watchlist'}
      disabled={disabled}
      onClick={onToggle}
      className={`relative z-10 inline-flex shrink-0 items-center gap-1.5 rounded-md text-sm font-medium focus-visible:outline-2 focus-visible:outline-sky-500 disabled:opacity-50 ${
        labelled
          ? 'border border-slate-300 px-3 py-1.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800'
          : 'p-2 hover:bg-slate-200 dark:hover:bg-slate-700'
      } ${watched ? 'text-amber-600 dark:text-amber-400' : 'text-slate-500 dark:text-slate-400'}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="size-5"
        fill={watched ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      >
        <path d="M10 1.8l2.5 5.2 5.7.8-4.1 4 1 5.7L10 14.8l-5.1 2.7 1-5.7-4.1-4 5.7-.8z" />
      </svg>
      {labelled && (
        <span className="text-slate-800 dark:text-slate-100">{watched ? 'Watching' : 'Watch'}</span>
      )}
    </button>
  );
}
