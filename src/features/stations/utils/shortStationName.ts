/** Names people use for the stations whose LL2 name is long. */
const KNOWN_SHORT_NAMES: Readonly<Record<string, string>> = {
  'international space station': 'ISS',
};

/**
 * A station's name short enough for one line on a phone: "ISS", "Tiangong" (from LL2's
 * "Tiangong space station"), otherwise the name as LL2 gives it.
 */
export function shortStationName(name: string): string {
  const known = KNOWN_SHORT_NAMES[name.trim().toLowerCase()];
  if (known !== undefined) return known;
  const stripped = name.replace(/\s+space station$/i, '').trim();
  return stripped === '' ? name : stripped;
}
