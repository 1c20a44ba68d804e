import { useId, useMemo, useState } from 'react';
import { useSettings } from '../../../ui/settings/useSettings.ts';
import { useEventNews } from '../hooks/useEventNews.ts';
import { describeNewsStatus, type NewsStatusInput } from '../utils/describeNewsStatus.ts';
import { NewsItem } from './NewsItem.tsx';
import { explainError } from '../../../lib/explainError.ts';
import { DetailSection } from '../../../ui/events/DetailSection.tsx';

/** Items shown at first, and added by each "More news". */
export const NEWS_PAGE_SIZE = 5;

/**
 * The detail page's "News" section (Spaceflight News API articles and blogs about the event):
 * newest first, a few at a time, from storage (so offline too), refreshed when the page opens.
 */
export function EventNews({ eventId }: { eventId: number }) {
  const headingId = useId();
  const { stored, refresh, newsBase } = useEventNews(eventId);
  const { timeZone } = useSettings();
  const [shown, setShown] = useState(NEWS_PAGE_SIZE);
  const formats = useMemo(() => {
    const zone = timeZone === 'utc' ? { timeZone: 'UTC' } : {};
    const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', ...zone });
    const time = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', ...zone });
    return { date: (ms: number) => date.format(ms), time: (ms: number) => time.format(ms) };
  }, [timeZone]);

  const articles = stored.data?.articles ?? [];
  const refreshState: NewsStatusInput['refresh'] =
    refresh.fetchStatus === 'paused'
      ? { state: 'offline' }
      : refresh.isError
        ? { state: 'error', message: explainError(refresh.error) }
        : refresh.data !== undefined
          ? { state: 'done', outcome: refresh.data }
          : { state: refresh.fetchStatus === 'fetching' ? 'loading' : 'idle' };
  const status = stored.isPending
    ? { text: 'Reading the stored news…', tone: 'info' as const }
    : stored.isError
      ? {
          text: `The stored news could not be read. ${explainError(stored.error)}`,
          tone: 'problem' as const,
        }
      : describeNewsStatus({
          savedAtMs: stored.data.fetch?.fetchedAtMs ?? null,
          hasArticles: articles.length > 0,
          refresh: refreshState,
          sourceProblem: newsBase.problem,
          formatDate: formats.date,
          formatTime: formats.time,
        });

  return (
    <DetailSection headingId={headingId} title="News">
      {status !== null && (
        <p
          role="status"
          className={
            status.tone === 'problem'
              ? 'text-sm text-amber-800 dark:text-amber-300'
              : 'text-sm text-slate-600 dark:text-slate-300'
          }
        >
          {status.text}
        </p>
      )}
      {articles.length > 0 && (
        <ul className="space-y-4">
          {articles.slice(0, shown).map((article) => (
            <NewsItem
              key={`${article.kind}-${article.id}`}
              article={article}
              formatDate={formats.date}
            />
          ))}
        </ul>
      )}
      {articles.length > shown && (
        <button
          type="button"
          onClick={() => {
            setShown((count) => count + NEWS_PAGE_SIZE);
          }}
          className="rounded border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          More news ({articles.length - shown} more)
        </button>
      )}
    </DetailSection>
  );
}
