/*
 * Words, not stack messages. An error a person sees is a sentence written for them: what happened,
 * what still works, what to do. Errors the app raises on purpose carry such a sentence (they extend
 * `ExplainedError`); what the browser or a bug throws — "Cannot read properties of undefined",
 * a DOMException's terse text — is translated here by its kind, and the original goes to the
 * console (as a warning) for whoever debugs it, never to the page.
 */

/** An error whose message is already a sentence for a person. */
export class ExplainedError extends Error {
  override name = 'ExplainedError';
}

/** The name of a storage failure, looking through Dexie's wrapper (`inner`) to the browser's own. */
function storageErrorName(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  const innerName = storageErrorName(inner);
  if (innerName !== null && innerName !== 'Error') return innerName;
  return typeof name === 'string' ? name : null;
}

const STORAGE_SENTENCES: Record<string, string> = {
  QuotaExceededError:
    'This device has no room left for the app’s data. Free some space, or clear other sites’ data, then try again; what is already stored stays readable.',
  NotAllowedError:
    'This browser does not let the app keep data on this device (a private window or a privacy setting can forbid it). Lists need stored events, so try a normal window.',
  SecurityError:
    'This browser does not let the app keep data on this device (a private window or a privacy setting can forbid it). Lists need stored events, so try a normal window.',
  MissingAPIError:
    'This browser offers no storage to web apps here (a private window or a privacy setting can remove it). Lists need stored events, so try a normal window.',
  InvalidStateError:
    'The browser closed the app’s storage, perhaps for a newer version in another tab. Reload the page to open it again.',
  DatabaseClosedError:
    'The browser closed the app’s storage, perhaps for a newer version in another tab. Reload the page to open it again.',
  VersionError:
    'Another tab runs a newer version of the app and has upgraded its storage. Reload this page to use it.',
  UpgradeError:
    'The app could not upgrade its storage to this version. Reload the page; if it happens again, clearing the app’s data in Settings starts over.',
  OpenFailedError:
    'The browser would not open the app’s storage. Reload the page; if it keeps happening, restart the browser.',
  UnknownError:
    'The browser’s storage failed to answer. Reload the page; if it keeps happening, restart the browser.',
  AbortError: 'The browser gave up on the request before it finished. Try again.',
  TimeoutError: 'The browser took too long to answer. Try again.',
  DataCloneError:
    'The browser could not hand the data between parts of the app. Reload the page and try again.',
};

/** For anything else: the app itself failed, and nobody wrote words for this case. */
export const UNEXPECTED_ERROR_SENTENCE =
  'Something inside the app went wrong. What is stored is safe; reloading the page usually helps.';

/**
 * The sentence to show a person for `error`. Anything not written for people is logged to the
 * console with its stack, so the page says what happened while the details stay findable.
 */
export function explainError(error: unknown): string {
  if (error instanceof ExplainedError) return error.message;
  const name = storageErrorName(error);
  const sentence = name === null ? undefined : STORAGE_SENTENCES[name];
  // A warning, not an error: the page has said what happened; this is for whoever debugs it.
  console.warn('Rendezvous:', error);
  return sentence ?? UNEXPECTED_ERROR_SENTENCE;
}
