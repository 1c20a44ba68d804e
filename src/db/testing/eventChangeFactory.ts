import type { EventChange, EventChangeDetail } from '../eventChange.ts';

/** A stored change record for tests; defaults to event 1 seen at 2026-03-01 12:00 UTC. */
export function makeChange(
  detail: EventChangeDetail,
  overrides: Partial<Omit<EventChange, 'kind'>> = {},
): EventChange {
  return {
    eventId: 1,
    eventName: 'Progress MS-31 Docking',
    detectedAtMs: Date.parse('2026-03-01T12:00:00Z'),
    lastUpdated: '2026-03-01T11:59:00Z',
    ...detail,
    ...overrides,
  };
}

/** A date move by `deltaMs` from `from`, seen at `detectedAtMs`. */
export function makeDateMove(
  deltaMs: number,
  detectedAtMs: number,
  from = '2026-04-10T10:00:00Z',
  eventId = 1,
): EventChange {
  return makeChange(
    { kind: 'date', from, to: new Date(Date.parse(from) + deltaMs).toISOString(), deltaMs },
    { detectedAtMs, eventId },
  );
}
