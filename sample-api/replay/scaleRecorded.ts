import type { StoredEvent } from '../types.ts';
import { isoInstant } from '../textFormats.ts';

const WEEK = 7 * 86_400_000;

function shifted(instant: string | null, deltaMs: number): string | null {
  if (instant === null) return null;
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? instant : isoInstant(ms + deltaMs);
}

/**
 * `count` real-shaped events from recorded ones, for load tests: the records themselves, then
 * copies of them, copy k with new ids (after the highest recorded id) and every instant of the
 * event (date, last_updated, webcast windows, update times) moved k weeks back. Moving back keeps
 * the archive's real mix of past and future and never dates an edit in the future; whole weeks keep
 * the weekday and the time of day. Everything else is kept as recorded, the stale `webcast_live`
 * flags included, because that is what real data looks like. Fewer than recorded: the first
 * `count` by id.
 */
export function scaleRecorded(events: readonly StoredEvent[], count: number): StoredEvent[] {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`scale must be a whole number, got ${count}`);
  const base = [...events].sort((a, b) => a.id - b.id);
  if (count <= base.length || base.length === 0) return base.slice(0, count);
  const highestId = base[base.length - 1]?.id ?? 0;
  const result = [...base];
  for (let copy = 1; result.length < count; copy++) {
    const deltaMs = -copy * WEEK;
    const suffix = `-r${copy}`;
    for (const [index, event] of base.entries()) {
      if (result.length >= count) break;
      result.push({
        ...event,
        id: highestId + (copy - 1) * base.length + index + 1,
        slug: event.slug.slice(0, 50 - suffix.length) + suffix,
        date: shifted(event.date, deltaMs),
        last_updated: shifted(event.last_updated, deltaMs) ?? event.last_updated,
        vid_urls: event.vid_urls.map((webcast) => ({
          ...webcast,
          start_time: shifted(webcast.start_time, deltaMs),
          end_time: shifted(webcast.end_time, deltaMs),
        })),
        updates: event.updates.map((update) => ({
          ...update,
          created_on: shifted(update.created_on, deltaMs) ?? update.created_on,
        })),
      });
    }
  }
  return result;
}
