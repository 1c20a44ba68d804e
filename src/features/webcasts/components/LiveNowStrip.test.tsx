// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEventSummary } from '../../../db/testing/eventFactories.ts';
import { LIVE_NOW_STRIP_LIMIT, LiveNowStrip } from './LiveNowStrip.tsx';

/** The strip reads the real clock: live events are dated an hour ago. */
const recently = () => new Date(Date.now() - 3_600_000).toISOString();

afterEach(cleanup);

describe('LiveNowStrip', () => {
  it('links to each event whose webcast is live', () => {
    render(
      <MemoryRouter>
        <LiveNowStrip
          events={[
            makeEventSummary({
              id: 7,
              name: 'Starliner Undocking',
              slug: 'starliner-undocking',
              webcast_live: true,
              date: recently(),
            }),
            makeEventSummary({ id: 8, name: 'Quiet event' }),
          ]}
        />
      </MemoryRouter>,
    );
    const strip = screen.getByRole('region', { name: 'Live now' });
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('/events/7/starliner-undocking');
    expect(links[0]?.textContent).toBe('Starliner Undocking');
    expect(strip.contains(links[0] ?? null)).toBe(true);
  });

  it('never loads a thumbnail that is not an http(s) URL', () => {
    const { container } = render(
      <MemoryRouter>
        <LiveNowStrip
          events={[
            makeEventSummary(
              { webcast_live: true, date: recently() },
              { thumbnailUrl: 'javascript:alert(1)' },
            ),
          ]}
        />
      </MemoryRouter>,
    );
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows at most a few live events, then "N more" leading to the Live now view', () => {
    const events = Array.from({ length: 3000 }, (_, index) =>
      makeEventSummary({
        id: index + 1,
        name: `Live ${index + 1}`,
        webcast_live: true,
        date: recently(),
      }),
    );
    render(
      <MemoryRouter>
        <LiveNowStrip events={events} />
      </MemoryRouter>,
    );
    const strip = screen.getByRole('region', { name: 'Live now' });
    expect(strip.querySelectorAll('li')).toHaveLength(LIVE_NOW_STRIP_LIMIT);
    const more = screen.getByRole('link', { name: '2,996 more live now' });
    expect(more.textContent).toBe('2,996 more');
    expect(more.getAttribute('href')).toBe('/events?webcast_live=true');
  });

  it('never shows an event dated two days ago, whatever its stale flag says', () => {
    const { container } = render(
      <MemoryRouter>
        <LiveNowStrip
          events={[
            makeEventSummary({
              webcast_live: true,
              date: new Date(Date.now() - 48 * 3_600_000).toISOString(),
            }),
          ]}
        />
      </MemoryRouter>,
    );
    expect(container.innerHTML).toBe('');
  });

  it('renders nothing when nothing is live', () => {
    const { container } = render(
      <MemoryRouter>
        <LiveNowStrip events={[makeEventSummary({ vid_urls: [] })]} />
      </MemoryRouter>,
    );
    expect(container.innerHTML).toBe('');
  });
});
