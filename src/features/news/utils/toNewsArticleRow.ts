import type { NewsKind, NewsRecord } from '../../../api/snapi/schemas.ts';
import type { NewsArticleRow } from '../../../db/newsRows.ts';

/** What is stored of a validated SNAPI record: what the News section shows, and its events. */
export function toNewsArticleRow(kind: NewsKind, record: NewsRecord): NewsArticleRow {
  return {
    kind,
    id: record.id,
    title: record.title,
    url: record.url,
    imageUrl: record.image_url,
    newsSite: record.news_site,
    summary: record.summary,
    publishedAt: record.published_at,
    updatedAt: record.updated_at,
    eventIds: [...new Set(record.events.map((ref) => ref.event_id))],
  };
}
