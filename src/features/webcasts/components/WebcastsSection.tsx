import { useId, useMemo } from 'react';
import type { EventDetailed } from '../../../api/schemas.ts';
import { toEventSummary } from '../../../db/eventSummary.ts';
import { useSettings } from '../../../ui/settings/useSettings.ts';
import { useNow } from '../../../lib/useNow.ts';
import { useOnline } from '../../../ui/useOnline.ts';
import { WebcastList } from './WebcastList.tsx';

/** The detail page's "Webcasts" section; renders nothing for an event without webcasts. */
export function WebcastsSection({ event }: { event: EventDetailed }) {
  const { webcastLanguage } = useSettings();
  const online = useOnline();
  const nowMs = useNow(30_000);
  const headingId = useId();
  // The same projection the list's row judges "live" from, so the two always agree.
  const summary = useMemo(() => toEventSummary(event), [event]);
  if (event.vid_urls.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-xl font-bold text-slate-900 dark:text-slate-50">
        Webcasts
      </h2>
      <WebcastList
        webcasts={event.vid_urls}
        event={summary}
        preferredLanguage={webcastLanguage}
        online={online}
        nowMs={nowMs}
      />
    </section>
  );
}
