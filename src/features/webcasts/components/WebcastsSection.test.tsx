// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEvent, makeVidUrl } from '../../../api/testing/eventFactory.ts';
import { DEFAULT_SETTINGS } from '../../../db/settings.ts';
import { settingsKeys } from '../../../ui/settings/useSettings.ts';
import { WebcastsSection } from './WebcastsSection.tsx';

afterEach(cleanup);

function renderSection(event = makeEvent(), webcastLanguage: string | null = null) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(settingsKeys.all, { ...DEFAULT_SETTINGS, webcastLanguage });
  return render(
    <QueryClientProvider client={queryClient}>
      <WebcastsSection event={event} />
    </QueryClientProvider>,
  );
}

describe('WebcastsSection', () => {
  it('lists the webcasts under a "Webcasts" heading, the Settings language first', () => {
    renderSection(
      makeEvent({
        vid_urls: [
          makeVidUrl({ title: 'NASA coverage', priority: 9, url: 'https://youtu.be/AAAAAAAAAAA' }),
          makeVidUrl({
            title: 'ESA Deutschland',
            priority: 12,
            language: { id: 4, name: 'German', code: 'de' },
            url: 'https://youtu.be/BBBBBBBBBBB',
          }),
        ],
      }),
      'de',
    );
    const section = screen.getByRole('region', { name: 'Webcasts' });
    expect(section).toBeTruthy();
    expect(
      screen.getAllByRole('button', { name: /^Play / }).map((button) => button.textContent),
    ).toEqual(['Play ESA Deutschland', 'Play NASA coverage']);
  });

  it('renders nothing for an event without webcasts', () => {
    const { container } = renderSection(makeEvent({ vid_urls: [] }));
    expect(container.innerHTML).toBe('');
  });
});
