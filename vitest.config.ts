import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Corpus-wide and browser tests read thousands of files or start Chromium.
    testTimeout: 120_000,
    // expect.poll waits for a page or a process to get somewhere; its 1 s default failed under
    // load (a search answering late on the 2-core CI machine). A wait that passes ends at once.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 180_000,
    pool: 'forks',
    setupFiles: ['test/setup/remove-temp-dirs.ts'],
  },
});
