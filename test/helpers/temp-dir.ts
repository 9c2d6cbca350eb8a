// Temporary folders made by test helpers at module scope (where no afterAll of the test file
// is at hand); test/setup/remove-temp-dirs.ts removes them when the test file ends.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const tempDirsToRemove: string[] = [];

/** A new folder under the OS temp folder, removed after the current test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirsToRemove.push(dir);
  return dir;
}
