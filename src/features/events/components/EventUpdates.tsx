import type { EventUpdate } from '../../../api/schemas.ts';
import { safeHttpUrl } from '../../../lib/safeUrl.ts';
import { useImageFailure } from '../../../lib/useImageFailure.ts';
import { useSettings } from '../../../ui/settings/useSettings.ts';
import { formatEventDate } from '../../../ui/events/formatEventDate.ts';
import { DetailSection } from '../../../ui/events/DetailSection.tsx';

/** The updates timeline, newest first (LL2 sends them unordered). Nothing when there are none. */
export function EventUpdates({ updates, now }: { updates: EventUpdate[]; now: number }) {
  const { timeZone } = useSettings();
  if (updates.length === 0) return null;
  const newestFirst = [...updates].sort(
    (a, b) => Date.parse(b.created_on) - Date.parse(a.created_on) || b.id - a.id,
  );
  return (
    <DetailSection headingId="updates-heading" title="Updates">
      <ol className="space-y-3 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
        {newestFirst.map((update) => {
          const link = safeHttpUrl(update.info_url);
          const avatar = safeHttpUrl(update.profile_image);
          const createdMs = Date.parse(update.created_on);
          return (
            <li key={update.id} className="relative">
              <span
                aria-hidden="true"
                className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-sky-600"
              />
              <p className="flex flex-wrap items-center gap-x-2 text-sm text-slate-600 dark:text-slate-300">
                {avatar && <UpdateAvatar src={avatar} />}
                <span className="font-semibold text-slate-800 dark:text-slate-100">
                  {update.created_by ?? 'Launch Library'}
                </span>
                <time dateTime={update.created_on} className="tabular-nums">
                  {formatEventDate(createdMs, 1, { timeZone, now })}
                </time>
              </p>
              {update.comment && <p className="mt-1 whitespace-pre-line">{update.comment}</p>}
              {link && (
                <p className="mt-1 text-sm">
                  <a
                    href={link}
                    rel="noopener noreferrer"
                    target="_blank"
                    className="text-sky-800 underline dark:text-sky-300"
                  >
                    Source: {new URL(link).hostname}
                  </a>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </DetailSection>
  );
}

/** The author's picture; one that cannot be loaded leaves a plain dot, never a broken image. */
function UpdateAvatar({ src }: { src: string }) {
  const { failed, onError } = useImageFailure(src);
  if (failed)
    return (
      <span aria-hidden="true" className="size-5 rounded-full bg-slate-200 dark:bg-slate-700" />
    );
  return <img src={src} alt="" className="size-5 rounded-full object-cover" onError={onError} />;
}
