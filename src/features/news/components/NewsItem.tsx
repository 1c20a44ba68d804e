import type { NewsArticleRow } from '../../../db/newsRows.ts';
import { safeHttpUrl } from '../../../lib/safeUrl.ts';
import { NewsThumbnail } from './NewsThumbnail.tsx';

/**
 * One article or blog post. Everything is text: the title links out (new tab, no opener, no
 * referrer) only when the URL is http(s), else it is plain text; the summary is never HTML.
 */
export function NewsItem({
  article,
  formatDate,
}: {
  article: NewsArticleRow;
  formatDate: (ms: number) => string;
}) {
  const href = safeHttpUrl(article.url);
  const publishedMs = Date.parse(article.publishedAt);
  return (
    <li className="flex gap-3">
      <NewsThumbnail url={article.imageUrl} />
      <div className="min-w-0 space-y-1">
        <h3 className="leading-snug font-semibold break-words">
          {href === null ? (
            <span>{article.title}</span>
          ) : (
            <a
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
            >
              {article.title}
            </a>
          )}
        </h3>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {article.newsSite}
          {article.kind === 'blog' ? ' · Blog' : ''} ·{' '}
          <time dateTime={article.publishedAt} className="tabular-nums">
            {formatDate(publishedMs)}
          </time>
        </p>
        {article.summary.trim() !== '' && (
          <p className="line-clamp-3 text-sm break-words text-slate-800 dark:text-slate-200">
            {article.summary}
          </p>
        )}
      </div>
    </li>
  );
}
