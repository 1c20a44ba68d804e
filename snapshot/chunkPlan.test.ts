import { describe, expect, it } from 'vitest';
import { makeMinimalEvent } from '../src/api/testing/eventFactory.ts';
import { planRange } from './chunkPlan.ts';

const events = Array.from({ length: 60 }, (_, index) =>
  makeMinimalEvent({ id: 1_000 + index, description: 'x'.repeat(400) }),
);
const eventBytes = Buffer.byteLength(JSON.stringify(events[0])) + 1;

describe('planRange', () => {
  it('keeps a range that fits as one chunk', () => {
    const planned = planRange({ fromId: 0, toId: null }, events, new Map(), {
      maxBytes: eventBytes * 100,
      targetBytes: eventBytes * 50,
    });
    expect(planned).toHaveLength(1);
    expect(planned[0]?.entry).toMatchObject({ fromId: 0, toId: null, events: 60 });
  });

  it('splits a range too big for one chunk into pieces that cover it without gaps', () => {
    const limits = { maxBytes: eventBytes * 20, targetBytes: eventBytes * 12 };
    const planned = planRange({ fromId: 0, toId: null }, events, new Map(), limits);
    expect(planned.length).toBeGreaterThan(3);
    expect(planned.map((chunk) => chunk.entry.events).reduce((a, b) => a + b)).toBe(60);
    for (const chunk of planned) expect(chunk.entry.bytes).toBeLessThanOrEqual(limits.maxBytes);
    expect(planned[0]?.entry.fromId).toBe(0);
    expect(planned.at(-1)?.entry.toId).toBeNull();
    for (const [index, chunk] of planned.slice(1).entries()) {
      expect(chunk.entry.fromId).toBe(planned[index]?.entry.toId);
    }
  });

  it('gives the same chunks whatever order the events come in (content-hashed names stay)', () => {
    const limits = { maxBytes: eventBytes * 20, targetBytes: eventBytes * 12 };
    const forward = planRange({ fromId: 0, toId: null }, events, new Map(), limits);
    const backward = planRange({ fromId: 0, toId: null }, [...events].reverse(), new Map(), limits);
    expect(backward.map((chunk) => chunk.entry.file)).toEqual(
      forward.map((chunk) => chunk.entry.file),
    );
  });
});
