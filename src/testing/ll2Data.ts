/// <reference types="node" />
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Real Launch Library 2 responses are The Space Devs' data, so they live outside the repository:
 * beside it in ../shared/ll2-data, or wherever LL2_DATA_DIR points. Tests that read them skip,
 * saying why, on a machine that does not have them.
 */
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The folder of real LL2 responses. */
export const ll2DataDir = process.env.LL2_DATA_DIR ?? path.resolve(repoRoot, '../shared/ll2-data');

export interface Ll2Data {
  /** True when the folder and every file asked for exist. */
  present: boolean;
  /** Appended to a test's name: empty when present, else why it is skipped and how to fix it. */
  skipNote: string;
}

/** Whether the real data is here: the folder, and each of `files` (names inside it) if given. */
export function locateLl2Data(files: readonly string[] = []): Ll2Data {
  const missing = [ll2DataDir, ...files.map((file) => ll2DataFile(file))].find(
    (required) => !existsSync(required),
  );
  return {
    present: missing === undefined,
    skipNote:
      missing === undefined
        ? ''
        : ` (skipped: no real LL2 data at ${missing}; set LL2_DATA_DIR to the folder of real LL2 responses)`,
  };
}

/** The path of one file of the real data. */
export function ll2DataFile(file: string): string {
  return path.join(ll2DataDir, file);
}
