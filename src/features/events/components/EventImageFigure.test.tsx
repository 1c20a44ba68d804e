// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Image } from '../../../api/schemas.ts';
import { EventImageFigure } from './EventImageFigure.tsx';

const image: Image = {
  id: 1,
  name: 'Soyuz MS-12 Docking',
  image_url: 'https://images.example/soyuz.jpg',
  thumbnail_url: 'https://images.example/soyuz-thumb.jpg',
  credit: 'NASA',
  license: { id: 1, name: 'Unknown', priority: 9, link: null },
  single_use: true,
  variants: [],
};

describe('EventImageFigure', () => {
  afterEach(cleanup);

  it('shows the image with its credit', () => {
    render(<EventImageFigure image={image} />);
    expect(screen.getByRole('img', { name: 'Soyuz MS-12 Docking' })).toBeTruthy();
    expect(screen.getByText(/Image: NASA/)).toBeTruthy();
  });

  it('gives way to a plain panel that says so when the image cannot be loaded, keeping the credit', () => {
    render(<EventImageFigure image={image} />);
    fireEvent.error(screen.getByRole('img', { name: 'Soyuz MS-12 Docking' }));
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('The image “Soyuz MS-12 Docking” could not be loaded.')).toBeTruthy();
    expect(screen.getByText(/Image: NASA/)).toBeTruthy();
  });
});
