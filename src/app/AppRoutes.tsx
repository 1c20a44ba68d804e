import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { StationsSummary } from '../features/stations/components/StationsSummary.tsx';
import { EventListRoute } from './routes/EventListRoute.tsx';
import { AppLayout } from './AppLayout.tsx';

// The list pages are the home page and stay in the main bundle; the other pages load on demand,
// which keeps the first download within budget (≤ 150 kB gzip).
const EventDetailPage = lazy(async () => {
  const { EventDetailRoute: Page } = await import('./routes/EventDetailRoute.tsx');
  return { default: Page };
});
const WatchlistPage = lazy(async () => {
  const { WatchlistRoute: Page } = await import('./routes/WatchlistRoute.tsx');
  return { default: Page };
});
const WhatChangedPage = lazy(async () => {
  const { WhatChangedPage: Page } =
    await import('../features/history/components/WhatChangedPage.tsx');
  return { default: Page };
});
const StationsPage = lazy(async () => {
  const { StationsPage: Page } = await import('../features/stations/components/StationsPage.tsx');
  return { default: Page };
});
// Shows nothing; loaded after the page so the home page's first download does not grow.
const WatchedNewsRefresh = lazy(async () => {
  const { WatchedNewsRefresh: Refresh } =
    await import('../features/news/components/WatchedNewsRefresh.tsx');
  return { default: Refresh };
});
const NotFoundPage = lazy(async () => {
  const { NotFoundPage: Page } = await import('../ui/NotFoundPage.tsx');
  return { default: Page };
});
const SettingsPage = lazy(async () => {
  const { SettingsRoute: Page } = await import('./routes/SettingsRoute.tsx');
  return { default: Page };
});

function PageLoading() {
  return (
    <p role="status" className="py-12 text-center text-slate-600 dark:text-slate-300">
      Loading the page…
    </p>
  );
}

/**
 * Routes of DESIGN §4. Declarative routing (no loaders are needed: pages read IndexedDB through
 * React Query), which is also about 16 kB gzip lighter than the data router.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/events/upcoming" replace />} />
        <Route path="events" element={<EventListRoute key="all" view="all" />} />
        <Route
          path="events/upcoming"
          element={
            <>
              <Suspense fallback={null}>
                <WatchedNewsRefresh />
              </Suspense>
              <EventListRoute key="upcoming" view="upcoming" lead={<StationsSummary />} />
            </>
          }
        />
        <Route path="events/previous" element={<EventListRoute key="previous" view="previous" />} />
        <Route
          path="events/:id/:slug?"
          element={
            <Suspense fallback={<PageLoading />}>
              <EventDetailPage />
            </Suspense>
          }
        />
        <Route
          path="stations"
          element={
            <Suspense fallback={<PageLoading />}>
              <StationsPage />
            </Suspense>
          }
        />
        <Route
          path="watchlist"
          element={
            <Suspense fallback={<PageLoading />}>
              <WatchlistPage />
            </Suspense>
          }
        />
        <Route
          path="changes"
          element={
            <Suspense fallback={<PageLoading />}>
              <WhatChangedPage />
            </Suspense>
          }
        />
        <Route
          path="settings"
          element={
            <Suspense fallback={<PageLoading />}>
              <SettingsPage />
            </Suspense>
          }
        />
        <Route
          path="*"
          element={
            <Suspense fallback={<PageLoading />}>
              <NotFoundPage />
            </Suspense>
          }
        />
      </Route>
    </Routes>
  );
}
