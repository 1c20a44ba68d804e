import { describe, expect, it } from 'vitest';
import { cursorAfterPage } from './cursorWalk.ts';

const start = { lastUpdatedGte: null, offset: 0 };

describe('cursorAfterPage', () => {
  it('moves the cursor to the newest timestamp of a page and restarts at offset 0', () => {
    const step = cursorAfterPage(start, {
      lastUpdated: ['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z', '2024-01-03T00:00:00Z'],
      recordCount: 3,
      hasNext: true,
    });
    expect(step).toEqual({
      cursor: { lastUpdatedGte: '2024-01-03T00:00:00Z', offset: 0 },
      done: false,
    });
  });

  it('counts an offset inside a page that shares one timestamp with the cursor', () => {
    const cursor = { lastUpdatedGte: '2024-01-03T00:00:00Z', offset: 100 };
    const step = cursorAfterPage(cursor, {
      lastUpdated: Array.from({ length: 100 }, () => '2024-01-03T00:00:00Z'),
      recordCount: 100,
      hasNext: true,
    });
    expect(step).toEqual({
      cursor: { lastUpdatedGte: '2024-01-03T00:00:00Z', offset: 200 },
      done: false,
    });
  });

  it('steps over a page whose records all failed validation', () => {
    const step = cursorAfterPage(start, { lastUpdated: [], recordCount: 100, hasNext: true });
    expect(step).toEqual({ cursor: { lastUpdatedGte: null, offset: 100 }, done: false });
  });

  it('ends on the last page with the newest timestamp and no offset, ready for a delta', () => {
    const cursor = { lastUpdatedGte: '2024-01-03T00:00:00Z', offset: 100 };
    expect(
      cursorAfterPage(cursor, {
        lastUpdated: ['2024-01-04T00:00:00.5Z'],
        recordCount: 2,
        hasNext: false,
      }),
    ).toEqual({
      cursor: { lastUpdatedGte: '2024-01-04T00:00:00.5Z', offset: 0 },
      done: true,
    });
    expect(cursorAfterPage(cursor, { lastUpdated: [], recordCount: 0, hasNext: false })).toEqual({
      cursor: { lastUpdatedGte: '2024-01-03T00:00:00Z', offset: 0 },
      done: true,
    });
  });

  it('compares instants, not text, when timestamps are written differently', () => {
    const cursor = { lastUpdatedGte: '2024-01-03T00:00:00Z', offset: 0 };
    const step = cursorAfterPage(cursor, {
      lastUpdated: ['2024-01-03T00:00:00.000Z', '2024-01-03T01:00:00+01:00'],
      recordCount: 2,
      hasNext: true,
    });
    expect(step.cursor).toEqual({ lastUpdatedGte: '2024-01-03T00:00:00Z', offset: 2 });
  });
});
