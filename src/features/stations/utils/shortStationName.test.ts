import { describe, expect, it } from 'vitest';
import { shortStationName } from './shortStationName.ts';

describe('shortStationName', () => {
  it('shortens the long station names LL2 uses', () => {
    expect(shortStationName('International Space Station')).toBe('ISS');
    expect(shortStationName('Tiangong space station')).toBe('Tiangong');
    expect(shortStationName('Tiangong Space Station')).toBe('Tiangong');
    expect(shortStationName('Mir')).toBe('Mir');
    expect(shortStationName('Space Station')).toBe('Space Station');
  });
});
