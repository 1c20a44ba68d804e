import type { EventChange } from '../../../db/eventChange.ts';
import { formatEventDate, type EventDateFormat } from '../../../ui/events/formatEventDate.ts';
import { formatShift } from './formatShift.ts';

export interface ChangeDescription {
  /** One line, e.g. "Date moved +2 d". */
  title: string;
  /** The before → after, when there is one worth showing. */
  detail: string | null;
}

const DATE_PRECISION_FIRMER = 'Date firmed up';
const DATE_PRECISION_LOOSER = 'Date became less certain';

function dateText(iso: string | null, precisionId: number | null, format: EventDateFormat) {
  return formatEventDate(iso === null ? null : Date.parse(iso), precisionId, format);
}

/**
 * A change in words for people. Dates are shown at minute precision: the record does not keep the
 * precision each date had, and a move is only interesting because of the time it states.
 */
export function describeChange(change: EventChange, format: EventDateFormat): ChangeDescription {
  switch (change.kind) {
    case 'date': {
      const from = dateText(change.from, 1, format);
      const to = dateText(change.to, 1, format);
      if (change.deltaMs === null) {
        return {
          title: change.to === null ? 'Date withdrawn' : 'Date announced',
          detail: change.to === null ? `was ${from}` : to,
        };
      }
      return { title: `Date moved ${formatShift(change.deltaMs)}`, detail: `${from} → ${to}` };
    }
    case 'precision': {
      // LL2 sends null when it states no precision: that is "not stated", neither firmer nor looser.
      if (change.from === null) {
        return { title: 'Date precision stated', detail: change.to?.name ?? null };
      }
      if (change.to === null) {
        return { title: 'Date precision no longer stated', detail: `was ${change.from.name}` };
      }
      // Lower LL2 ids are finer (0 Second … 16 Decade).
      return {
        title: change.to.id < change.from.id ? DATE_PRECISION_FIRMER : DATE_PRECISION_LOOSER,
        detail: `${change.from.name} → ${change.to.name}`,
      };
    }
    case 'webcast-added':
      return {
        title: change.live ? 'Webcast added, live now' : 'Webcast added',
        detail: change.title,
      };
    case 'webcast-live':
      return { title: 'Webcast went live', detail: change.title };
    case 'description':
      return { title: 'Description changed', detail: null };
    case 'location':
      return {
        title: 'Location changed',
        detail: `${change.from ?? 'none'} → ${change.to ?? 'none'}`,
      };
    case 'name':
      return { title: 'Renamed', detail: `${change.from} → ${change.to}` };
    case 'type':
      return { title: 'Type changed', detail: `${change.from.name} → ${change.to.name}` };
    case 'added':
      return { title: 'New event', detail: null };
  }
}
