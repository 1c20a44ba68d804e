import type { ReactNode } from 'react';
import { ApiSourceForm } from './components/ApiSourceForm.tsx';
import { ApiTokenForm } from './components/ApiTokenForm.tsx';
import { PreferencesForm } from './components/PreferencesForm.tsx';
import { StorageFactsSection } from './components/StorageFactsSection.tsx';
import { SyncMaintenanceSection } from './components/SyncMaintenanceSection.tsx';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-3 border-t border-slate-200 pt-4 dark:border-slate-700">
      <h2 className="text-base font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/**
 * `/settings`: the API source and token, display preferences, storage facts and maintenance.
 * The sync status and "Sync now" are in the app header, so they are not repeated here.
 * `newsSource`: the news source's form, `reminders`: whether reminders come with the app closed,
 * and `calendarFeeds`: the snapshot's calendar feeds to subscribe to, composed in by the app
 * (features do not import each other).
 */
export function SettingsPage({
  newsSource,
  reminders,
  calendarFeeds,
}: {
  newsSource?: ReactNode;
  reminders?: ReactNode;
  calendarFeeds?: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-6 text-slate-900 dark:text-slate-100">
      <h1 className="text-xl font-semibold">Settings</h1>
      <Section title="Data source">
        <ApiSourceForm />
        <ApiTokenForm />
      </Section>
      {newsSource !== undefined && <Section title="News">{newsSource}</Section>}
      {reminders !== undefined && <Section title="Reminders">{reminders}</Section>}
      {calendarFeeds !== undefined && <Section title="Calendar feeds">{calendarFeeds}</Section>}
      <Section title="Display">
        <PreferencesForm />
      </Section>
      <Section title="Sync and storage">
        <StorageFactsSection />
        <SyncMaintenanceSection />
      </Section>
    </div>
  );
}
