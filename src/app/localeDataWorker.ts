// Loads the runtime's locale and time-zone data (decision 035): the first Intl formatter a
// renderer process makes costs 20–40 ms, once per process, and the data stays loaded for every
// thread of it. Made here, in a worker started before the app renders, that first cost is not paid
// on the page's main thread, where the first rows' dates would otherwise freeze the page.
// The app's own locales: dates in en-GB (the viewer's zone and UTC), counts in en-US.
const sample = Date.UTC(2026, 0, 1, 12);
for (const timeZone of [undefined, 'UTC']) {
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).formatToParts(sample);
}
new Intl.NumberFormat('en-US').format(1234);
self.close();
