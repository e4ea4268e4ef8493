import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Each file builds its own apps over in-memory databases; nothing is shared between files.
    pool: 'forks',
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
