// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { VidUrl } from '../../../api/schemas.ts';
import { makeWebcast, RUSSIAN, WEBCASTS_EVENT, WEBCASTS_NOW } from '../testing/webcastFactory.ts';
import { WebcastList } from './WebcastList.tsx';

afterEach(cleanup);

function renderList(
  webcasts: VidUrl[],
  { preferredLanguage = null as string | null, online = true } = {},
) {
  return render(
    <WebcastList
      webcasts={webcasts}
      event={WEBCASTS_EVENT}
      preferredLanguage={preferredLanguage}
      online={online}
      nowMs={WEBCASTS_NOW}
    />,
  );
}

const headings = (level: number) =>
  screen.getAllByRole('heading', { level }).map((heading) => heading.textContent);

describe('WebcastList', () => {
  const mixed = [
    makeWebcast({
      title: 'NASA coverage',
      priority: 10,
      url: 'https://www.youtube.com/watch?v=AAAAAAAAAAA',
    }),
    makeWebcast({
      title: 'Roscosmos TV',
      publisher: 'Роскосмос ТВ',
      priority: 11,
      language: RUSSIAN,
      url: 'https://www.youtube.com/watch?v=BBBBBBBBBBB',
    }),
    makeWebcast({ title: 'NASA Video', priority: 9, url: 'https://youtu.be/CCCCCCCCCCC' }),
  ];

  it('groups by language in priority order', () => {
    renderList(mixed);
    expect(headings(3)).toEqual(['English', 'Russian']);
    expect(headings(4)).toEqual(['NASA Video', 'NASA coverage', 'Roscosmos TV']);
  });

  it('offers the preferred language first', () => {
    renderList(mixed, { preferredLanguage: 'ru' });
    expect(headings(3)).toEqual(['Russian', 'English']);
    expect(headings(4)[0]).toBe('Roscosmos TV');
    expect(screen.getAllByRole('button', { name: /^Play / })[0]).toHaveProperty(
      'textContent',
      'Play Roscosmos TV',
    );
  });

  it('shows publisher, type and a badge for live, upcoming and past webcasts', () => {
    renderList([
      makeWebcast({ title: 'On air', live: true, url: 'https://a.example/1' }),
      makeWebcast({
        title: 'Later',
        start_time: '2026-03-01T14:00:00Z',
        end_time: '2026-03-01T15:00:00Z',
        url: 'https://a.example/2',
        type: { id: 3, name: 'Unofficial Webcast' },
        publisher: 'NASASpaceflight',
      }),
      makeWebcast({ title: 'Earlier', url: 'https://a.example/3' }),
    ]);
    const card = (title: string) =>
      within(screen.getByRole('heading', { name: title }).closest('article') as HTMLElement);
    expect(card('On air').getByText('Live now')).toBeTruthy();
    expect(card('Later').getByText('Starts in 2 h 00 min')).toBeTruthy();
    expect(card('Later').getByText('NASASpaceflight · Unofficial Webcast')).toBeTruthy();
    expect(card('Earlier').getByText('Replay')).toBeTruthy();
  });

  it('swaps the thumbnail for a privacy-enhanced player titled with the webcast title on Play', async () => {
    const { container } = renderList([
      makeWebcast({
        title: 'Crew-9 Undocking',
        url: 'https://www.youtube.com/live/ORQeJNXM_FA?t=90',
      }),
    ]);
    expect(container.querySelector('img')?.getAttribute('src')).toBe(
      'https://i.ytimg.com/vi/ORQeJNXM_FA/maxresdefault.jpg',
    );
    expect(container.querySelector('iframe')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Play Crew-9 Undocking' }));

    const player = screen.getByTitle('Crew-9 Undocking');
    expect(player.tagName).toBe('IFRAME');
    expect(player.getAttribute('src')).toBe(
      'https://www.youtube-nocookie.com/embed/ORQeJNXM_FA?autoplay=1&start=90',
    );
    expect(player.getAttribute('allow')).toBe(
      'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture',
    );
    expect(player.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    expect(player.getAttribute('sandbox')).not.toContain('allow-top-navigation');
    expect(player.hasAttribute('allowfullscreen')).toBe(true);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Play/ })).toBeNull();
  });

  it('opens other hosts in a new tab instead of embedding them', () => {
    const { container } = renderList([
      makeWebcast({
        title: 'Crew-9 Undocking',
        url: 'https://plus.nasa.gov/scheduled-video/crew-9-undocking/',
      }),
    ]);
    const link = screen.getByRole('link', {
      name: 'Watch Crew-9 Undocking on plus.nasa.gov (opens in a new tab)',
    });
    expect(link.getAttribute('href')).toBe(
      'https://plus.nasa.gov/scheduled-video/crew-9-undocking/',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.queryByRole('button', { name: /^Play/ })).toBeNull();
    expect(container.querySelector('iframe')).toBeNull();
  });

  it('never links, embeds or loads hostile URLs', () => {
    const { container } = renderList([
      makeWebcast({
        title: 'Hostile',
        url: 'javascript:alert(document.cookie)',
        feature_image: 'javascript:alert(1)',
      }),
      makeWebcast({
        title: 'Lookalike',
        url: 'https://www.youtube.com.evil.net/watch?v=ORQeJNXM_FA',
        feature_image: 'data:image/svg+xml,<svg onload="alert(1)"/>',
      }),
    ]);
    expect(screen.queryByRole('button', { name: /^Play/ })).toBeNull();
    expect(container.querySelector('iframe')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://www.youtube.com.evil.net/watch?v=ORQeJNXM_FA',
    ]);
    expect(screen.getByText('This webcast has no web address that can be opened.')).toBeTruthy();
    expect(container.innerHTML).not.toContain('javascript:');
  });

  it('offline, shows the title and thumbnail and says watching needs a connection', () => {
    const { container } = renderList([makeWebcast({ title: 'Crew-9 Undocking' })], {
      online: false,
    });
    expect(screen.getByRole('heading', { name: 'Crew-9 Undocking' })).toBeTruthy();
    expect(container.querySelector('img')?.getAttribute('src')).toBe(
      'https://i.ytimg.com/vi/ORQeJNXM_FA/maxresdefault.jpg',
    );
    expect(screen.getByText('Watching needs a connection — you are offline.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Play/ })).toBeNull();
  });

  it('takes a playing video down when the connection drops, leaving no broken frame', async () => {
    const webcasts = [makeWebcast({ title: 'Crew-9 Undocking' })];
    const { container, rerender } = renderList(webcasts);
    await userEvent.click(screen.getByRole('button', { name: 'Play Crew-9 Undocking' }));
    expect(container.querySelector('iframe')).not.toBeNull();
    rerender(
      <WebcastList
        webcasts={webcasts}
        event={WEBCASTS_EVENT}
        preferredLanguage={null}
        online={false}
        nowMs={WEBCASTS_NOW}
      />,
    );
    expect(container.querySelector('iframe')).toBeNull();
    expect(screen.getByText('Watching needs a connection — you are offline.')).toBeTruthy();
  });

  it('replaces a thumbnail that fails to load with a plain panel', async () => {
    const { container } = renderList([makeWebcast({ title: 'Crew-9 Undocking' })], {
      online: false,
    });
    const image = container.querySelector('img');
    expect(image).not.toBeNull();
    image?.dispatchEvent(new Event('error'));
    await screen.findByText('Crew-9 Undocking');
    expect(container.querySelector('img')).toBeNull();
  });

  it('names an untitled webcast after its publisher', () => {
    renderList([makeWebcast({ title: null, publisher: 'SpaceX' })]);
    expect(screen.getByRole('button', { name: 'Play SpaceX webcast' })).toBeTruthy();
  });
});
