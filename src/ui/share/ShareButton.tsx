import { useState } from 'react';
import { ActionButton } from '../../lib/ActionButton.tsx';
import { shareLink, type ShareOutcome } from './shareLink.ts';

interface ShareButtonProps {
  /** What is shared: an event's name or a view's title. */
  title: string;
  /** Absolute URL; the current page's when absent (a list URL carries its filters). */
  url?: string;
  text?: string;
  /** Only the icon below Tailwind's `sm` (the name stays for screen readers and the tooltip). */
  iconOnlyOnPhone?: boolean;
}

const OUTCOME_TEXT: Record<ShareOutcome, string> = {
  shared: '',
  cancelled: '',
  copied: 'Link copied',
  failed: 'Could not share or copy the link; copy it from the address bar.',
};

/** "Share": the system share sheet where there is one, otherwise copies the link. */
export function ShareButton({ title, url, text, iconOnlyOnPhone = false }: ShareButtonProps) {
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const onClick = async () => {
    setOutcome(null);
    setOutcome(await shareLink({ title, url: url ?? window.location.href, text }));
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <ActionButton
        label="Share"
        iconOnlyOnPhone={iconOnlyOnPhone}
        onClick={() => void onClick()}
        icon={
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="size-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
          >
            <circle cx="15" cy="4.5" r="2.2" />
            <circle cx="5" cy="10" r="2.2" />
            <circle cx="15" cy="15.5" r="2.2" />
            <path d="M7 9l6-3.4M7 11l6 3.4" />
          </svg>
        }
      />
      <span
        role="status"
        className={`text-xs ${outcome === 'failed' ? 'text-red-700 dark:text-red-300' : 'text-slate-600 dark:text-slate-300'}`}
      >
        {outcome === null ? '' : OUTCOME_TEXT[outcome]}
      </span>
    </span>
  );
}
