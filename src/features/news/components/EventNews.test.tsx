// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewsArticleRow } from '../../../db/newsRows.ts';
import { storeNewsRefresh } from '../../../db/newsStore.ts';
import { openSettingsDatabase, updateSettings } from '../../../db/settings.ts';
import { closeSourceDatabase, openSourceDatabase } from '../../../db/sourceDatabase.ts';
import { unreachableFetch } from '../../../api/testing/fetchFakes.ts';
import { renderWithSource } from '../../../app/testing/renderWithSource.tsx';
import { EventNews } from './EventNews.tsx';

const API = 'https://news-section.test/2.3.0';
/** A closed local port: any news request fails at once. */
const NEWS = 'http://127.0.0.1:9/v4';

function article(id: number, overrides: Partial<NewsArticleRow> = {}): NewsArticleRow {
  return {
    kind: 'article',
    id,
    title: `Article ${id}`,
    url: `https://news.test/${id}`,
    imageUrl: null,
    newsSite: 'Test News',
    summary: `Summary ${id}`,
    publishedAt: new Date(Date.UTC(2026, 1, id)).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 1, id)).toISOString(),
    eventIds: [7],
    ...overrides,
  };
}

async function storeNews(articles: NewsArticleRow[], fetchedAtMs: number) {
  await storeNewsRefresh(openSourceDatabase(API), {
    eventIds: [7],
    newsBaseUrl: NEWS,
    fetchedAtMs,
    answers: [{ kind: 'article', complete: true, articles }],
  });
}

beforeEach(async () => {
  await updateSettings({ apiUrl: API, newsUrl: NEWS });
});
afterEach(async () => {
  cleanup();
  const db = openSourceDatabase(API);
  closeSourceDatabase(db);
  await db.delete();
  await openSettingsDatabase().delete();
});

describe('the News section', () => {
  it('lists stored news newest first, five at a time, with hostile text as text and no unsafe link', async () => {
    const hostile = article(20, {
      title: '<script>alert(1)</script>Hostile',
      url: 'javascript:alert(1)',
      imageUrl: 'javascript:alert(2)',
      summary: '<b>bold</b>',
    });
    await storeNews([...Array.from({ length: 7 }, (_, i) => article(i + 1)), hostile], Date.now());
    renderWithSource(<EventNews eventId={7} />, { fetchImpl: unreachableFetch });

    const section = await screen.findByRole('region', { name: 'News' });
    const items = await within(section).findAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(within(items[0] as HTMLElement).queryByRole('link')).toBeNull();
    expect(within(section).getByText('<script>alert(1)</script>Hostile')).toBeTruthy();
    expect(within(section).getByText('<b>bold</b>')).toBeTruthy();
    expect(section.querySelector('script, b, img')).toBeNull();
    const link = within(section).getByRole('link', { name: 'Article 7' });
    expect(link.getAttribute('href')).toBe('https://news.test/7');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');

    await userEvent.click(within(section).getByRole('button', { name: 'More news (3 more)' }));
    expect(within(section).getAllByRole('listitem')).toHaveLength(8);
    expect(within(section).queryByRole('button', { name: /More news/ })).toBeNull();
  });

  it('says the news could not be loaded and keeps showing what was saved', async () => {
    await storeNews([article(1)], Date.UTC(2026, 1, 3, 12));
    renderWithSource(<EventNews eventId={7} />, { fetchImpl: unreachableFetch });

    const section = await screen.findByRole('region', { name: 'News' });
    await waitFor(
      () => {
        expect(within(section).getByRole('status').textContent).toMatch(
          /^News could not be loaded — showing what was saved on 3 Feb 2026\. Could not reach The Spaceflight News API at 127\.0\.0\.1:9\./,
        );
        // The news client loads on demand, and the first import is transformed in the test.
      },
      { timeout: 15_000 },
    );
    expect(within(section).getByRole('link', { name: 'Article 1' })).toBeTruthy();
  });

  it('says when a stored news URL is no longer acceptable', async () => {
    await updateSettings({ newsUrl: 'http://news.example/v4' });
    renderWithSource(<EventNews eventId={7} />, { fetchImpl: unreachableFetch });
    const section = await screen.findByRole('region', { name: 'News' });
    await waitFor(() => {
      expect(within(section).getByRole('status').textContent).toContain('must start with https://');
    });
  });
});
