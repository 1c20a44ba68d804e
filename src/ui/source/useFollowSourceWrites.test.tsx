// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { removeEvents } from '../../db/eventWrites.ts';
import { sourceDatabasePerTest } from '../../db/testing/sourceDatabasePerTest.ts';
import { SourceContext } from './sourceContext.ts';
import { useFollowSourceWrites } from './useFollowSourceWrites.ts';

const API = 'https://follow-writes.test/2.3.0';
const source = sourceDatabasePerTest(API);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The follower mounted over the test's database; the re-reads it started, with their times. */
async function follow() {
  await source.db.open();
  const queryClient = new QueryClient();
  const reads: number[] = [];
  const invalidate = queryClient.invalidateQueries.bind(queryClient);
  vi.spyOn(queryClient, 'invalidateQueries').mockImplementation((...args) => {
    reads.push(Date.now());
    return invalidate(...args);
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <SourceContext value={{ apiBaseUrl: API, db: source.db }}>{children}</SourceContext>
    </QueryClientProvider>
  );
  renderHook(useFollowSourceWrites, { wrapper });
  // Let the watch take its first look at the store before anything is written.
  await sleep(50);
  return reads;
}

describe('useFollowSourceWrites (decisions 011 and 032)', () => {
  it('re-reads at once after a first write, then at most every 2 s while writes keep coming', async () => {
    const reads = await follow();
    const startedAt = Date.now();
    // A sync writing a page every 100 ms for 3 s.
    while (Date.now() - startedAt < 3_000) {
      await removeEvents(source.db, [1]);
      await sleep(100);
    }
    const writesEndedAt = Date.now();
    expect(reads[0]).toBeLessThan(startedAt + 300);
    // Re-reads while writing: the first, and one 2 s later at most.
    expect(reads.filter((at) => at < writesEndedAt).length).toBeLessThanOrEqual(2);
    // The writer went quiet: its last write is read soon, not at the end of an interval.
    await waitFor(
      () => {
        expect(reads.at(-1)).toBeGreaterThan(writesEndedAt);
      },
      { timeout: 1_000 },
    );
    expect((reads.at(-1) ?? 0) - writesEndedAt).toBeLessThan(800);
  }, 10_000);

  it('follows a lone write with one re-read', async () => {
    const reads = await follow();
    await removeEvents(source.db, [1]);
    await waitFor(() => {
      expect(reads).toHaveLength(1);
    });
    await sleep(600);
    expect(reads).toHaveLength(1);
  });
});
