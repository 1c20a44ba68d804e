import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LocalSyncState, SyncController } from '../syncController.ts';
import { createInMemoryLock } from '../syncLock.ts';
import { sampleServerPerTest } from '../testing/sampleSyncHarness.ts';
import { connectSyncEngine } from './connectSyncEngine.ts';
import { serveSyncEngine, type CreateController } from './serveSyncEngine.ts';
import { createSyncEngine } from './syncEngine.ts';

import { sourceDatabasePerTest } from '../../db/testing/sourceDatabasePerTest.ts';

// The page ↔ worker protocol of decision 014 over a real MessageChannel (structured cloning and
// all), with the real engine syncing from the sample server over HTTP on the far side. The e2e
// tests run the same code in a real worker in Chromium.

const sample = sampleServerPerTest({ size: 120 });
const source = sourceDatabasePerTest('https://sync-channel.test/2.3.0');
const openChannels: MessageChannel[] = [];

afterEach(() => {
  for (const channel of openChannels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

/** Serves `createController` on one end of a fresh channel and connects to it from the other. */
function connectOverChannel(createController: CreateController, close = vi.fn()) {
  const channel = new MessageChannel();
  openChannels.push(channel);
  channel.port1.start();
  channel.port2.start();
  serveSyncEngine(channel.port2, createController);
  const connected = connectSyncEngine(
    channel.port1,
    { apiBaseUrl: sample.server.baseUrl, token: null },
    close,
  );
  return { connected, close };
}

const realEngine: CreateController = ({ apiBaseUrl, token }) =>
  createSyncEngine({ apiBaseUrl, db: source.db, token, lock: createInMemoryLock() });

describe('the sync engine across a message channel', () => {
  it('syncs the archive on the far side and mirrors the running state and progress', async () => {
    const { connected } = connectOverChannel(realEngine);
    const controller = await connected;
    const seen: LocalSyncState[] = [];
    controller.subscribe(() => {
      seen.push(controller.getLocalState());
    });

    const result = await controller.syncNow();

    expect(result).toMatchObject({ status: 'ran', outcome: { status: 'up-to-date' } });
    expect(await source.db.events.count()).toBe(120);
    expect(seen.some((state) => state.running)).toBe(true);
    expect(seen.some((state) => state.progress !== null)).toBe(true);
    expect(controller.getLocalState()).toMatchObject({
      running: false,
      progress: null,
      lastResult: result,
      wait: null,
      contact: { reachable: true },
    });
  });

  it('refreshes one event when it is opened', async () => {
    const { connected } = connectOverChannel(realEngine);
    const controller = await connected;
    const [event] = sample.server.data.events();
    if (!event) throw new Error('the sample server has no events');

    expect(await controller.refreshEvent(event.id)).toBe(true);
    expect((await source.db.events.get(event.id))?.name).toBe(event.name);
  });

  it('rejects a call with the error the engine threw, by name and message', async () => {
    const failing: CreateController = (start) => ({
      ...realEngine(start),
      nextDueAt: () => Promise.reject(new RangeError('the clock is broken')),
    });
    const controller = await connectOverChannel(failing).connected;

    await expect(controller.nextDueAt()).rejects.toMatchObject({
      name: 'RangeError',
      message: 'the clock is broken',
    });
  });

  it('fails to connect, saying why, when the engine cannot start', async () => {
    const { connected, close } = connectOverChannel(() => {
      throw new Error('IndexedDB is not available');
    });

    await expect(connected).rejects.toThrow('IndexedDB is not available');
    expect(close).toHaveBeenCalledOnce();
  });

  it('closes the far side once the last holder lets go, ending calls still waiting', async () => {
    const called = vi.fn();
    const slow: CreateController = (start) => ({
      ...realEngine(start),
      syncNow: () => {
        called();
        return new Promise<never>(() => undefined);
      },
    });
    const { connected, close } = connectOverChannel(slow);
    const controller: SyncController = await connected;
    const release = controller.retain();
    const waiting = controller.syncNow();
    await vi.waitFor(() => {
      expect(called).toHaveBeenCalledOnce();
    });

    release();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    expect(close).toHaveBeenCalledOnce();
    await expect(controller.syncNow()).rejects.toThrow('The sync engine was closed.');
  });
});
