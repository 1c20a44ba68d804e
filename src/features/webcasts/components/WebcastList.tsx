import { useMemo } from 'react';
import type { VidUrl } from '../../../api/schemas.ts';
import type { LiveFacts } from '../../../domain/live.ts';
import { arrangeWebcasts } from '../utils/arrangeWebcasts.ts';
import { toWebcastTiming, webcastStatus } from '../utils/webcastTiming.ts';
import { WebcastCard } from './WebcastCard.tsx';

interface WebcastListProps {
  webcasts: readonly VidUrl[];
  /** The event's date, precision and duration: what "live" and "upcoming" are judged against. */
  event: LiveFacts;
  preferredLanguage: string | null;
  online: boolean;
  nowMs: number;
}

/** An event's webcasts grouped by language, the preferred one first and featured. */
export function WebcastList({
  webcasts,
  event,
  preferredLanguage,
  online,
  nowMs,
}: WebcastListProps) {
  const { preferred, groups } = useMemo(
    () => arrangeWebcasts(webcasts, { preferredLanguage, event, nowMs }),
    [webcasts, preferredLanguage, event, nowMs],
  );
  return (
    <div className="flex flex-col gap-5">
      {groups.map((group) => (
        <div key={group.languageCode ?? ''}>
          <h3 className="mb-2 text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
            {group.languageName}
          </h3>
          <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            {group.webcasts.map((webcast) => (
              <li
                key={webcast.url}
                // A playing video takes the full width, wherever its card sat.
                className={webcast === preferred ? 'sm:col-span-2' : 'has-[iframe]:sm:col-span-2'}
              >
                <WebcastCard
                  webcast={webcast}
                  status={webcastStatus(toWebcastTiming(webcast), event, nowMs)}
                  nowMs={nowMs}
                  online={online}
                  featured={webcast === preferred}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
