import { defineConfig } from 'vitest/config';

/** `npm run eval`: the analyzer's scores on the labelled corpus against the thresholds. */
export default defineConfig({
  test: {
    include: ['test/eval/thresholds.test.ts'],
    testTimeout: 120_000,
  },
});
