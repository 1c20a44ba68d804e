/**
 * Runs a stepped build (a generator that pauses between slices of its work) to its end at once and
 * returns what it built: the one-task way to call a build that can also be spread over tasks.
 */
export function finishSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
