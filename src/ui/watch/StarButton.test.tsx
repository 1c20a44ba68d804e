// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { StarButton } from './StarButton.tsx';

afterEach(cleanup);

function Harness() {
  const [watched, setWatched] = useState(false);
  return (
    <StarButton
      eventName="Dragon Docking"
      watched={watched}
      onToggle={() => {
        setWatched((value) => !value);
      }}
    />
  );
}

describe('StarButton', () => {
  it('is a toggle named after the event whose pressed state follows the watchlist', async () => {
    render(<Harness />);
    const star = screen.getByRole('button', { name: 'Watch Dragon Docking' });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(star);
    expect(screen.getByRole('button', { name: 'Watch Dragon Docking', pressed: true })).toBe(star);
    await userEvent.click(star);
    expect(screen.getByRole('button', { name: 'Watch Dragon Docking', pressed: false })).toBe(star);
  });

  it('shows its words in the labelled variant', () => {
    render(<StarButton eventName="X" watched variant="labelled" onToggle={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Watch X' }).textContent).toBe('Watching');
  });
});
