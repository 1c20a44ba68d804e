import type { ReactNode } from 'react';

interface ActionButtonProps {
  /** A decorative icon (`aria-hidden`); the button's name comes from `children`. */
  icon: ReactNode;
  children: ReactNode;
  onClick: () => void;
  disabled?: boolean;
}

/**
 * The outlined icon-and-label button of page headers ("Share", "Export calendar"), so buttons that
 * sit side by side look and behave alike.
 */
export function ActionButton({ icon, children, onClick, disabled = false }: ActionButtonProps) {
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={onClick}
      className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 disabled:opacity-50 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
    >
      {icon}
      {children}
    </button>
  );
}
