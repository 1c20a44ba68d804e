import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExplainedError, UNEXPECTED_ERROR_SENTENCE, explainError } from './explainError.ts';

/* The vocabulary of a JavaScript failure, which no sentence for a person may carry. */
const JS_VOCABULARY =
  /TypeError|Cannot read properties|undefined \(reading|is not a function|\bat \S+ \(/;

afterEach(() => {
  vi.restoreAllMocks();
});

function quietly<T>(run: () => T): T {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return run();
}

describe('explainError', () => {
  it('passes on a sentence the app wrote for people, and logs nothing', () => {
    const warn = vi.spyOn(console, 'warn');
    expect(explainError(new ExplainedError('The API URL must start with https://.'))).toBe(
      'The API URL must start with https://.',
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('turns a bug into a sentence, and keeps the bug for the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let bug: unknown;
    try {
      const registration = undefined as unknown as { waiting: () => void };
      registration.waiting();
    } catch (error) {
      bug = error;
    }
    const sentence = explainError(bug);
    expect(sentence).toBe(UNEXPECTED_ERROR_SENTENCE);
    expect(sentence).not.toMatch(JS_VOCABULARY);
    expect(warn).toHaveBeenCalledWith('Rendezvous:', bug);
  });

  it('names a full disk, a refusal and a closed database by their DOMException names', () => {
    quietly(() => {
      expect(explainError(new DOMException('x', 'QuotaExceededError'))).toMatch(/no room left/);
      expect(explainError(new DOMException('x', 'SecurityError'))).toMatch(
        /does not let the app keep data/,
      );
      expect(explainError(new DOMException('x', 'InvalidStateError'))).toMatch(/Reload the page/);
    });
  });

  it('looks through Dexie’s wrapper to the browser’s own failure', () => {
    const wrapped = new Dexie.OpenFailedError(
      'wrapped',
      new DOMException('quota', 'QuotaExceededError'),
    );
    expect(quietly(() => explainError(wrapped))).toMatch(/no room left/);
    const closed = new Dexie.DatabaseClosedError('closed');
    expect(quietly(() => explainError(closed))).toMatch(/closed the app’s storage/);
  });

  it('never repeats what a thrown string or object said', () => {
    quietly(() => {
      expect(explainError('TypeError: x is not a function')).toBe(UNEXPECTED_ERROR_SENTENCE);
      expect(explainError({ message: 'Cannot read properties of null' })).toBe(
        UNEXPECTED_ERROR_SENTENCE,
      );
    });
  });
});
