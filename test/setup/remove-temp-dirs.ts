// Runs in every test file (vitest setupFiles): removes the folders tempDir() made there.
import { rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tempDirsToRemove } from '../helpers/temp-dir.js';

afterAll(() => {
  for (const dir of tempDirsToRemove.splice(0)) rmSync(dir, { recursive: true, force: true });
});
