import type { NewsRefreshOutcome } from './refreshNews.ts';

export interface NewsStatusInput {
  /** When the stored news was fetched, null when never. */
  savedAtMs: number | null;
  hasArticles: boolean;
  /** The refresh's state: not started / asking / waiting for a network / its outcome / a crash. */
  refresh:
    | { state: 'idle' | 'loading' | 'offline' }
    | { state: 'done'; outcome: NewsRefreshOutcome }
    | { state: 'error'; message: string };
  /** Why no news source can be used (a bad URL in Settings), or null. */
  sourceProblem: string | null;
  formatDate: (ms: number) => string;
  formatTime: (ms: number) => string;
}

/** The one sentence above an event's news, or null when there is nothing to say. */
export function describeNewsStatus(input: NewsStatusInput): {
  text: string;
  tone: 'info' | 'problem';
} | null {
  const { savedAtMs, hasArticles, refresh, sourceProblem, formatDate, formatTime } = input;
  const saved = savedAtMs === null ? null : formatDate(savedAtMs);
  const failed = (why: string) =>
    saved === null
      ? { text: `News could not be loaded: ${why}`, tone: 'problem' as const }
      : {
          text: `News could not be loaded — showing what was saved on ${saved}. ${why}`,
          tone: 'problem' as const,
        };
  if (sourceProblem !== null) return failed(`${sourceProblem} Change it in Settings.`);
  switch (refresh.state) {
    case 'offline':
      return saved === null
        ? { text: 'Offline — news will be loaded when the connection is back.', tone: 'info' }
        : { text: `Offline — showing the news saved on ${saved}.`, tone: 'info' };
    case 'loading':
      return hasArticles ? null : { text: 'Loading news…', tone: 'info' };
    case 'error':
      return failed(refresh.message);
    case 'done': {
      const { outcome } = refresh;
      if (outcome.kind === 'failed') {
        return failed(`${outcome.message} Next try after ${formatTime(outcome.retryAtMs)}.`);
      }
      if (outcome.kind === 'paused') {
        return failed(`News requests are paused until ${formatTime(outcome.retryAtMs)}.`);
      }
      const skipped =
        outcome.kind === 'updated' && outcome.rejected > 0
          ? ` ${outcome.rejected} unreadable ${outcome.rejected === 1 ? 'item was' : 'items were'} left out.`
          : '';
      if (!hasArticles) return { text: `No news about this event yet.${skipped}`, tone: 'info' };
      return skipped === '' ? null : { text: skipped.trim(), tone: 'info' };
    }
    case 'idle':
      return hasArticles ? null : { text: 'No news about this event yet.', tone: 'info' };
  }
}
