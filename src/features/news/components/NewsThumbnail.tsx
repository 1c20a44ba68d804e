import { useState } from 'react';
import { safeHttpUrl } from '../../../lib/safeUrl.ts';

/**
 * An item's picture, through the service worker's image cache like every other image (so it is
 * there offline once seen); a neutral placeholder when there is none, it is not http(s), or it
 * fails to load. Decorative: the title next to it says what the item is.
 */
export function NewsThumbnail({ url }: { url: string | null }) {
  const src = safeHttpUrl(url);
  const [broken, setBroken] = useState(false);
  const frame =
    'h-16 w-24 shrink-0 overflow-hidden rounded bg-slate-200 sm:h-20 sm:w-32 dark:bg-slate-800';
  if (src === null || broken) {
    return (
      <div className={`${frame} flex items-center justify-center`} aria-hidden="true">
        <svg viewBox="0 0 24 24" className="h-6 w-6 text-slate-400 dark:text-slate-500" fill="none">
          <path
            d="M4 5h16v14H4zM4 15l4-4 4 4 3-3 5 5"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
        </svg>
      </div>
    );
  }
  return (
    <div className={frame}>
      <img
        src={src}
        alt=""
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        className="h-full w-full object-cover"
        onError={() => {
          setBroken(true);
        }}
      />
    </div>
  );
}
