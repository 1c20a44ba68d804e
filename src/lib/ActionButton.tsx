import type { ReactNode } from 'react';

interface ActionButtonProps {
  /** A decorative icon (`aria-hidden`); the button's name comes from `label`. */
  icon: ReactNode;
  label: string;
  onClick: () => void;
  disabled?: boolean;
  /**
   * Below Tailwind's `sm` the label is for screen readers and the tooltip only, so a page's
   * actions fit beside its heading on a phone and the list starts higher.
   */
  iconOnlyOnPhone?: boolean;
}

/**
 * The outlined icon-and-label button of page headers ("Share", "Export calendar"), so buttons that
 * sit side by side look and behave alike.
 */
export function ActionButton({
  icon,
  label,
  onClick,
  disabled = false,
  iconOnlyOnPhone = false,
}: ActionButtonProps) {
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={onClick}
      title={iconOnlyOnPhone ? label : undefined}
      className={`inline-flex items-center gap-1.5 rounded-md border border-slate-300 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 disabled:opacity-50 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800 ${iconOnlyOnPhone ? 'px-2.5 sm:px-3' : 'px-3'}`}
    >
      {icon}
      <span className={iconOnlyOnPhone ? 'sr-only sm:not-sr-only' : undefined}>{label}</span>
    </button>
  );
}
