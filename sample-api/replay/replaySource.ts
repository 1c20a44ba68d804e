import type { StoredEvent } from '../types.ts';
import { describeReplay, loadRecorded, type ReplaySummary } from './loadRecorded.ts';
import { scaleRecorded } from './scaleRecorded.ts';

export interface ReplayRequest {
  /** A recorded response file, or a folder of them. */
  data: string;
  /** Serve this many real-shaped events (repeated records) instead of the recorded ones only. */
  scale?: number;
}

export interface ReplayedEvents {
  events: StoredEvent[];
  summary: ReplaySummary;
  /** One line for a start-up log. */
  description: string;
}

/** The events a sample server replays for `--data`/`--scale` (or SAMPLE_API_DATA/SAMPLE_API_SCALE). */
export function replayedEvents(request: ReplayRequest): ReplayedEvents {
  const { events, summary } = loadRecorded(request.data);
  const scaled = request.scale === undefined ? events : scaleRecorded(events, request.scale);
  const description =
    request.scale === undefined
      ? describeReplay(summary)
      : `${scaled.length} real-shaped events repeated from ${describeReplay(summary)}`;
  return { events: scaled, summary, description };
}

/** The replay asked for by the environment (`SAMPLE_API_DATA`, `SAMPLE_API_SCALE`), if any. */
export function replayRequestFromEnv(env: NodeJS.ProcessEnv = process.env): ReplayRequest | null {
  const data = env.SAMPLE_API_DATA?.trim();
  const rawScale = env.SAMPLE_API_SCALE?.trim();
  if (!data) {
    if (rawScale)
      throw new RangeError('SAMPLE_API_SCALE needs SAMPLE_API_DATA: the recorded data to repeat.');
    return null;
  }
  if (!rawScale) return { data };
  const scale = Number(rawScale);
  if (!Number.isInteger(scale) || scale < 0)
    throw new RangeError(`SAMPLE_API_SCALE must be a whole number, got "${rawScale}".`);
  return { data, scale };
}
