import { memo } from 'react';
import { Link, useLocation } from 'react-router';
import { useSettings } from '../../../ui/settings/useSettings.ts';
import { eventPresets } from '../utils/eventPresets.ts';

/**
 * One-click views; each is a plain link, so it can be opened in a new tab or bookmarked. Memoized:
 * the list page re-renders on every keystroke, the presets only with the clock or the URL.
 */
export const EventPresetLinks = memo(function EventPresetLinks({ now }: { now: number }) {
  const { timeZone } = useSettings();
  const location = useLocation();
  const current = `${location.pathname}${location.search}`;
  return (
    <nav aria-label="Presets">
      {/* One row that scrolls sideways on a phone; wrapped from `sm` on. */}
      <ul className="flex gap-2 overflow-x-auto py-0.5 sm:flex-wrap sm:overflow-visible">
        {eventPresets(now, timeZone).map((preset) => (
          <li key={preset.label} className="shrink-0">
            <Link
              to={preset.href}
              aria-current={preset.href === current ? 'page' : undefined}
              className="inline-block rounded-full whitespace-nowrap border border-slate-300 px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 aria-[current=page]:border-sky-700 aria-[current=page]:bg-sky-700 aria-[current=page]:text-white dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
            >
              {preset.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
});
