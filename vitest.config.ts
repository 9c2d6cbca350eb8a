import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Corpus-wide and browser tests read thousands of files or start Chromium.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    setupFiles: ['test/setup/remove-temp-dirs.ts'],
  },
});
