/**
 * The service worker (vite-plugin-pwa injectManifest; decisions 014 and 028). It precaches the
 * app shell, answers every navigation with index.html so deep links open offline, keeps images it
 * has seen, and never stores API JSON: IndexedDB is the only store of event data, and a second
 * copy in Cache Storage could only go stale or mix sources. With the app closed, a periodic
 * background sync runs one delta request and tells the person about their watched events.
 */
import { clientsClaim } from 'workbox-core';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { openSourceDatabase } from './db/sourceDatabase.ts';
import { openSettingsDatabase } from './db/settings.ts';
import type { BackgroundNotice } from './features/reminders/utils/backgroundNotices.ts';
import { PERIODIC_SYNC_TAG, showAppBadge } from './features/reminders/utils/backgroundSync.ts';
import { runPeriodicSync } from './features/reminders/utils/periodicSync.ts';
import { createInMemoryLock, webLocks } from './sync/syncLock.ts';

/** What this file uses of the service worker scope (the app's TypeScript project has DOM types). */
interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface PeriodicSyncEventLike extends ExtendableEventLike {
  tag: string;
}
interface NotificationEventLike extends ExtendableEventLike {
  notification: Notification;
}
interface WindowClientLike {
  url: string;
  focus(): Promise<unknown>;
  navigate(url: string): Promise<unknown>;
}
interface ServiceWorkerScope {
  location: Location;
  registration: ServiceWorkerRegistration;
  navigator: Navigator;
  clients: {
    matchAll(options: {
      type: 'window';
      includeUncontrolled: boolean;
    }): Promise<WindowClientLike[]>;
    openWindow(url: string): Promise<unknown>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'periodicsync', listener: (event: PeriodicSyncEventLike) => void): void;
  addEventListener(
    type: 'notificationclick',
    listener: (event: NotificationEventLike) => void,
  ): void;
}

const sw = self as unknown as ServiceWorkerScope;
/** The app's base path, e.g. "/" or "/rendezvous/": the worker is registered with it as scope. */
const scopePath = new URL(sw.registration.scope).pathname;

// A new version waits for the person's "Reload" (src/features/pwa): only then does it take over.
sw.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});
// Take control of the first page at once, so it works offline without a reload. Updates still
// wait (no skipWaiting) until the person accepts them.
clientsClaim();

// Written on `self` as is: the build finds `self.__WB_MANIFEST` in the source and puts the list there.
precacheAndRoute((self as unknown as { __WB_MANIFEST: (string | PrecacheEntry)[] }).__WB_MANIFEST);
cleanupOutdatedCaches();

// The built-in sample API lives on the same origin: its URLs are data, not app routes.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [new RegExp(`^${scopePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}sample-api/`)],
  }),
);

// API JSON (any source: production, dev, the sample server) always goes to the network.
// IndexedDB holds the data; offline, the sync pauses instead of reading stale copies.
registerRoute(
  ({ url }) => url.pathname.includes('/2.3.0/') && !url.pathname.includes('/__media/'),
  new NetworkOnly(),
);

// Event images, webcast thumbnails (i.ytimg.com) and the sample server's /__media/ art, from any
// host: an image never changes at its URL, so the cached copy wins and the list and detail pages
// keep their pictures offline. Bounded by count and age; opaque cross-origin responses are padded
// in quota, so give way on quota errors.
registerRoute(
  ({ request }) => request.destination === 'image',
  new CacheFirst({
    cacheName: 'event-images',
    plugins: [
      new CacheableResponsePlugin({ statuses: [0, 200] }),
      new ExpirationPlugin({
        maxEntries: 500,
        maxAgeSeconds: 30 * 24 * 60 * 60,
        purgeOnQuotaError: true,
      }),
    ],
  }),
);

sw.addEventListener('periodicsync', (event) => {
  if (event.tag !== PERIODIC_SYNC_TAG) return;
  event.waitUntil(
    runPeriodicSync({
      settingsDb: openSettingsDatabase(),
      openSourceDatabase,
      origin: sw.location.origin,
      lock: webLocks() ?? createInMemoryLock(),
      show: showNotice,
      setBadge: (count) => showAppBadge(count, sw.navigator),
    }).catch((error: unknown) => {
      // Nothing to tell the person with the app closed; the next run or the open app tries again.
      console.warn('Rendezvous: the background sync stopped', error);
    }),
  );
});

async function showNotice(notice: BackgroundNotice): Promise<boolean> {
  try {
    await sw.registration.showNotification(notice.title, {
      body: notice.body,
      tag: notice.key,
      icon: `${scopePath}icons/icon-192.png`,
      data: { path: notice.path },
    });
    return true;
  } catch {
    // Not allowed (the person declined notifications): kept for a later run or the open app.
    return false;
  }
}

// A notice opens its event: in an open window of the app when there is one, else in a new one.
sw.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const path = (event.notification.data as { path?: unknown } | null)?.path;
  // App paths start with "/" and are relative to the base; nothing else is followed.
  const url = new URL(
    typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') ? path.slice(1) : '',
    sw.registration.scope,
  ).href;
  event.waitUntil(
    sw.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(async (windows) => {
      const open = windows[0];
      if (open === undefined) return sw.clients.openWindow(url);
      await open.navigate(url);
      return open.focus();
    }),
  );
});
