import { lazy, Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { PwaStatus } from '../features/pwa/components/PwaStatus.tsx';
import { SyncStatus } from '../features/sync/components/SyncStatus.tsx';
import { DisplayToggles } from './DisplayToggles.tsx';
import { useApplyTheme } from './useApplyTheme.ts';
import { useScrollToTopOnNewPage } from './useScrollToTopOnNewPage.ts';

// The reminders render nothing and plan from stored data, so they load after the first page,
// outside the list's first download.
const ReminderRunner = lazy(async () => {
  const { ReminderRunner: Runner } =
    await import('../features/reminders/components/ReminderRunner.tsx');
  return { default: Runner };
});

const NAV = [
  { to: '/events/upcoming', label: 'Upcoming' },
  { to: '/events/previous', label: 'Previous' },
  { to: '/events', label: 'All events' },
  { to: '/stations', label: 'Stations' },
  { to: '/watchlist', label: 'Watchlist' },
  { to: '/changes', label: 'What changed' },
  { to: '/settings', label: 'Settings' },
];

/** The frame of every page: header with navigation, sync and app status, then the page. */
export function AppLayout() {
  useApplyTheme();
  useScrollToTopOnNewPage();
  return (
    <div className="min-h-dvh bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-sky-700 focus:px-3 focus:py-2 focus:text-white"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-slate-50/90 dark:border-slate-800 dark:bg-slate-900/90">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
          <NavLink
            to="/events/upcoming"
            className="text-lg font-black tracking-tight text-slate-900 dark:text-white"
          >
            Rendezvous
          </NavLink>
          <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
            <ul className="flex flex-wrap gap-1">
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    end
                    className="block rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-200 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-slate-100 dark:aria-[current=page]:text-slate-900"
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {/* A row of its own (a fixed width where it fits beside the nav): a longer status
              never re-wraps the header and moves the page. */}
          <div className="order-4 w-full min-w-0 2xl:order-none 2xl:ml-auto 2xl:w-96">
            <SyncStatus />
          </div>
          <div className="ml-auto flex items-center 2xl:ml-0">
            <DisplayToggles />
          </div>
        </div>
      </header>
      <PwaStatus />
      <Suspense fallback={null}>
        <ReminderRunner />
      </Suspense>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-5 focus:outline-none">
        <Outlet />
      </main>
    </div>
  );
}
