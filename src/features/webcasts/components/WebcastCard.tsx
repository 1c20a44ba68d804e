import { useMemo, useState } from 'react';
import type { VidUrl } from '../../../api/schemas.ts';
import { safeHttpUrl } from '../../../lib/safeUrl.ts';
import { webcastTitle } from '../utils/webcastTitle.ts';
import type { WebcastStatus } from '../utils/webcastTiming.ts';
import { toYouTubeEmbed } from '../utils/youTubeEmbed.ts';
import { WebcastBadge } from './WebcastBadge.tsx';
import { WebcastThumbnail } from './WebcastThumbnail.tsx';
import { YouTubePlayer } from './YouTubePlayer.tsx';

interface WebcastCardProps {
  webcast: VidUrl;
  status: WebcastStatus;
  nowMs: number;
  online: boolean;
  /** The webcast offered first: shown larger, with its description. */
  featured: boolean;
}

/**
 * One webcast: thumbnail, badge, title, publisher and type, and a way to watch it. YouTube plays
 * in place (privacy-enhanced player, only after "Play"); any other http(s) host opens in a new
 * tab; anything else is shown but never linked. Offline there is nothing to play, so it says so.
 */
export function WebcastCard({ webcast, status, nowMs, online, featured }: WebcastCardProps) {
  const [playing, setPlaying] = useState(false);
  const title = webcastTitle(webcast);
  const video = useMemo(() => toYouTubeEmbed(webcast.url), [webcast.url]);
  const externalUrl = video ? null : safeHttpUrl(webcast.url);
  const details = [webcast.publisher?.trim(), webcast.type?.name.trim()]
    .filter(Boolean)
    .join(' · ');

  const playerShown = playing && online && video !== null;
  // Featured and playing cards stack the picture over the text; the rest are compact rows.
  const expanded = featured || playerShown;

  return (
    <article
      className={`flex h-full overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-700 dark:bg-slate-900 ${
        expanded ? 'flex-col' : 'flex-row'
      }`}
    >
      <div className={expanded ? 'relative' : 'relative w-32 shrink-0 self-start sm:w-44'}>
        {playerShown ? (
          <YouTubePlayer video={video} title={title} />
        ) : (
          <>
            <WebcastThumbnail
              src={safeHttpUrl(webcast.feature_image)}
              eager={featured}
              withIcon={!(online && video)}
              large={expanded}
            />
            {online && video && (
              <button
                type="button"
                onClick={() => {
                  setPlaying(true);
                }}
                className="group absolute inset-0 flex items-center justify-center bg-black/15 hover:bg-black/35 focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-sky-400"
              >
                <span
                  className={`flex items-center gap-1.5 rounded-full bg-black/75 font-semibold text-white group-hover:bg-red-700 ${
                    expanded ? 'px-4 py-2 text-base' : 'px-3 py-1 text-sm'
                  }`}
                >
                  <svg
                    aria-hidden="true"
                    viewBox="0 0 24 24"
                    className="size-4"
                    fill="currentColor"
                  >
                    <path d="M8 5v14l11-7z" />
                  </svg>
                  Play<span className="sr-only"> {title}</span>
                </span>
              </button>
            )}
          </>
        )}
      </div>
      <div className={`flex min-w-0 flex-col gap-1 ${expanded ? 'p-4' : 'p-3'}`}>
        <div>
          <WebcastBadge status={status} nowMs={nowMs} />
        </div>
        <h4
          className={`font-semibold text-balance break-words text-slate-900 dark:text-slate-50 ${
            expanded ? 'text-lg' : 'text-sm'
          }`}
        >
          {title}
        </h4>
        {details && <p className="text-sm text-slate-700 dark:text-slate-300">{details}</p>}
        {featured && webcast.description?.trim() && (
          <p className="line-clamp-3 text-sm text-slate-700 dark:text-slate-300">
            {webcast.description.trim()}
          </p>
        )}
        <WebcastAction
          online={online}
          playable={video !== null}
          externalUrl={externalUrl}
          title={title}
        />
      </div>
    </article>
  );
}

function WebcastAction({
  online,
  playable,
  externalUrl,
  title,
}: {
  online: boolean;
  playable: boolean;
  externalUrl: string | null;
  title: string;
}) {
  if (!online && (playable || externalUrl !== null)) {
    return (
      <p className="text-sm font-medium text-amber-800 dark:text-amber-300">
        Watching needs a connection — you are offline.
      </p>
    );
  }
  if (playable) return null;
  if (externalUrl === null) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        This webcast has no web address that can be opened.
      </p>
    );
  }
  return (
    <a
      href={externalUrl}
      target="_blank"
      rel="noopener noreferrer"
      className="self-start text-sm font-semibold text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
    >
      Watch<span className="sr-only"> {title}</span> on{' '}
      {new URL(externalUrl).hostname.replace(/^www\./, '')}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
