const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;

/**
 * Delay before retry number `attempt` (0-based) after a 5xx, a timeout or a network failure:
 * exponential (1 s, 2 s, 4 s …, capped at 5 min) with "equal jitter" — half fixed, half random —
 * so tabs and devices that failed together do not retry together, yet the wait never collapses
 * to nothing.
 */
export function backoffDelayMs(attempt: number, random: number): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
