// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEventSummary } from '../testing/eventSummaryFactory.ts';
import { LiveNowStrip } from './LiveNowStrip.tsx';

afterEach(cleanup);

describe('LiveNowStrip', () => {
  it('links to each event whose webcast is live', () => {
    render(
      <MemoryRouter>
        <LiveNowStrip
          events={[
            makeEventSummary({ id: 7, name: 'Starliner Undocking', webcast_live: true }),
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
            makeEventSummary({ webcast_live: true }, { thumbnailUrl: 'javascript:alert(1)' }),
          ]}
        />
      </MemoryRouter>,
    );
    expect(container.querySelector('img')).toBeNull();
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
