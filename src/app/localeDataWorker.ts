import { formatCount } from '../lib/formatCount.ts';
import { formatEventDate } from '../ui/events/formatEventDate.ts';

// Loads the runtime's locale and time-zone data (decision 035): the first Intl formatter a
// renderer process makes costs 20–40 ms, once per process, and the data stays loaded for every
// thread of it. Made here, in a worker started before the app renders, that first cost is not paid
// on the page's main thread, where the first rows' dates would otherwise freeze the page.
// The app's own formatters, so the warmed data is the data they use: an exact time in the
// viewer's zone and in UTC, and a count.
const sample = Date.UTC(2026, 0, 1, 12);
for (const timeZone of ['local', 'utc'] as const)
  formatEventDate(sample, null, { timeZone, now: 0 });
formatCount(1234);
self.close();
