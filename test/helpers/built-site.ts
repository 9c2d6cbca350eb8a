/**
 * A site built in-process (src/write/build-site.ts) once for a test file that reads its pages:
 * the folder is known at once, the build runs in the file's beforeAll, and the temp folder goes
 * when the file ends (test/setup/remove-temp-dirs.ts).
 */
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { buildSite, type BuildOptions } from '../../src/write/build-site.js';
import { tempDir } from './temp-dir.js';

/** The folder `options` are built into before this file's tests (`prefix` names its temp parent). */
export function siteBuiltBeforeAll(prefix: string, options: Omit<BuildOptions, 'out'>, timeout?: number): string {
  const out = join(tempDir(prefix), 'site');
  beforeAll(async () => { await buildSite({ ...options, out }); }, timeout);
  return out;
}
