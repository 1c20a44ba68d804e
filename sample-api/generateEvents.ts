import { createExpeditionLookup } from './crewedContext.ts';
import {
  buildEvent,
  plausibleLastUpdated,
  type EventDraft,
  type FactoryContext,
} from './eventFactory.ts';
import { hostileDrafts, poisonEvent } from './hostileEvents.ts';
import { ARC_KINDS, type ArcKind } from './missionArcs.ts';
import { createRandom } from './random.ts';
import { showcaseDrafts } from './showcaseEvents.ts';
import type { StoredEvent } from './types.ts';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
/** Average events per arc under ARC_KINDS' weights; used only to space the arcs out. */
const EVENTS_PER_ARC = 3.6;

export interface DataSetOptions {
  /** Events besides the hostile ones. */
  size: number;
  seed: number;
  /** The instant the data set is built around (past, upcoming and live are relative to it). */
  nowMs: number;
  /** Adds events whose text and URLs carry HTML, script and `javascript:` payloads. */
  hostile: boolean;
}

function pickArcKind(random: ReturnType<typeof createRandom>): ArcKind {
  const total = ARC_KINDS.reduce((sum, kind) => sum + kind.weight, 0);
  let roll = random.next() * total;
  for (const kind of ARC_KINDS) {
    roll -= kind.weight;
    if (roll < 0) return kind;
  }
  return ARC_KINDS[0] as ArcKind;
}

/** Mission arcs spread over the 7.5 years before now and the 1.5 years after it. */
function arcDrafts(
  random: ReturnType<typeof createRandom>,
  nowMs: number,
  target: number,
): EventDraft[] {
  const drafts: EventDraft[] = [];
  const context = { random, nowMs, expeditionAt: createExpeditionLookup(nowMs) };
  const start = nowMs - 7.5 * YEAR;
  const spacing = (9 * YEAR) / Math.max(1, Math.ceil(target / EVENTS_PER_ARC));
  const numbers = new Map<ArcKind, number>();
  for (let arc = 0; drafts.length < target; arc++) {
    const kind = pickArcKind(random);
    const number = numbers.get(kind) ?? kind.firstNumber;
    numbers.set(kind, number + 1);
    const t0 = Math.floor((start + arc * spacing + random.next() * spacing) / 60_000) * 60_000;
    drafts.push(...kind.build(context, t0, number));
  }
  return drafts.slice(0, target);
}

/**
 * Builds the whole data set. Everything is drawn from one seeded random in a fixed order, so the same
 * options give the same events, ids and timestamps.
 */
export function generateEvents(options: DataSetOptions): StoredEvent[] {
  const random = createRandom(options.seed);
  const { nowMs } = options;
  let updateId = 20_000;
  let mediaNumber = 0;
  const context: FactoryContext = {
    random,
    nowMs,
    nextUpdateId: () => ++updateId,
    nextMediaNumber: () => ++mediaNumber,
  };
  const showcase = showcaseDrafts(nowMs).slice(0, options.size);
  const drafts = [...arcDrafts(random, nowMs, options.size - showcase.length), ...showcase];
  // LL2 edits events in bulk now and then; a few shared `last_updated` instants keep ties honest.
  const bulkEdits = [nowMs - 3 * DAY, nowMs - 41 * DAY, nowMs - 222 * DAY].map(
    (ms) => Math.floor(ms / 1000) * 1000,
  );
  const events: StoredEvent[] = [];
  let id = 99;
  const nextId = () => (id += random.chance(0.05) ? random.int(2, 4) : 1);
  for (const draft of drafts) {
    const lastUpdated = random.chance(0.02)
      ? random.pick(bulkEdits)
      : plausibleLastUpdated(random, draft.dateMs, nowMs);
    events.push(buildEvent(context, draft, nextId(), lastUpdated));
  }
  if (options.hostile) {
    for (const draft of hostileDrafts(nowMs)) {
      events.push(poisonEvent(buildEvent(context, draft, nextId(), nowMs - DAY), random));
    }
  }
  return events;
}
