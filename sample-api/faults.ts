/**
 * Fault injection for tests and demos. Faults touch only the counted API calls (events and config
 * endpoints): never CORS preflights, `/api-throttle/`, media or the admin endpoints.
 */
export type ServerErrorStatus = 500 | 502 | 503 | 504;

export interface FaultSnapshot {
  latencyMs: number;
  /** 429 once `afterCalls` more calls have been answered, for `retryAfterSeconds`. */
  throttle: { afterCalls: number; retryAfterSeconds: number } | null;
  throttledUntilMs: number | null;
  serverErrors: { remaining: number; status: ServerErrorStatus };
  /** Next N bodies cut in half (still sent with status 200 and a matching Content-Length). */
  truncate: number;
  /** Next N bodies replaced by an HTML page sent as application/json. */
  malformed: number;
  /** Next N pages carry one record with a missing `name` and an unreadable `date`. */
  malformedRecord: number;
  /** Next N requests have their connection dropped without an answer. */
  disconnect: number;
}

export type FaultDecision =
  | { kind: 'throttled'; retryAfterSeconds: number }
  | { kind: 'server-error'; status: ServerErrorStatus }
  | { kind: 'disconnect' }
  | null;

export interface FaultController {
  setLatency(ms: number): void;
  throttleAfter(calls: number, retryAfterSeconds?: number): void;
  failNext(count: number, status?: ServerErrorStatus): void;
  truncateNext(count: number): void;
  malformNext(count: number): void;
  malformRecordNext(count: number): void;
  disconnectNext(count: number): void;
  clear(): void;
  snapshot(): FaultSnapshot;
  /** Called once per counted call before it is answered. */
  decide(nowMs: number): FaultDecision;
  /** Called once per answered body; a page also asks for a record fault. */
  takeBodyFault(): 'truncate' | 'malformed' | null;
  takeRecordFault(): boolean;
}

function initialState(): FaultSnapshot {
  return {
    latencyMs: 0,
    throttle: null,
    throttledUntilMs: null,
    serverErrors: { remaining: 0, status: 500 },
    truncate: 0,
    malformed: 0,
    malformedRecord: 0,
    disconnect: 0,
  };
}

function count(value: number): number {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`Expected a whole number ≥ 0, got ${value}`);
  return value;
}

export function createFaultController(): FaultController {
  let state = initialState();
  let callsSinceThrottleSet = 0;
  return {
    setLatency(ms) {
      state.latencyMs = count(ms);
    },
    throttleAfter(calls, retryAfterSeconds = 60) {
      state.throttle = {
        afterCalls: count(calls),
        retryAfterSeconds: Math.max(1, count(retryAfterSeconds)),
      };
      state.throttledUntilMs = null;
      callsSinceThrottleSet = 0;
    },
    failNext(n, status = 500) {
      state.serverErrors = { remaining: count(n), status };
    },
    truncateNext(n) {
      state.truncate = count(n);
    },
    malformNext(n) {
      state.malformed = count(n);
    },
    malformRecordNext(n) {
      state.malformedRecord = count(n);
    },
    disconnectNext(n) {
      state.disconnect = count(n);
    },
    clear() {
      state = initialState();
      callsSinceThrottleSet = 0;
    },
    snapshot: () => structuredClone(state),
    decide(nowMs) {
      if (state.throttle) {
        if (state.throttledUntilMs === null && callsSinceThrottleSet >= state.throttle.afterCalls) {
          state.throttledUntilMs = nowMs + state.throttle.retryAfterSeconds * 1000;
        }
        if (state.throttledUntilMs !== null) {
          if (nowMs < state.throttledUntilMs)
            return {
              kind: 'throttled',
              retryAfterSeconds: Math.ceil((state.throttledUntilMs - nowMs) / 1000),
            };
          // The throttle window has passed: the fault is spent.
          state.throttle = null;
          state.throttledUntilMs = null;
        }
      }
      if (state.disconnect > 0) {
        state.disconnect--;
        return { kind: 'disconnect' };
      }
      if (state.serverErrors.remaining > 0) {
        state.serverErrors.remaining--;
        return { kind: 'server-error', status: state.serverErrors.status };
      }
      callsSinceThrottleSet++;
      return null;
    },
    takeBodyFault() {
      if (state.truncate > 0) {
        state.truncate--;
        return 'truncate';
      }
      if (state.malformed > 0) {
        state.malformed--;
        return 'malformed';
      }
      return null;
    },
    takeRecordFault() {
      if (state.malformedRecord === 0) return false;
      state.malformedRecord--;
      return true;
    },
  };
}
