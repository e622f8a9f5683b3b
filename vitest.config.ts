import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/support/require-assertions.ts', 'tests/support/i18n.ts'],
    // fakeBrowser state is reset per test in the files that use it.
    restoreMocks: true,
    // Tests check behaviour, not speed (that is npm run bench): a busy CI machine must not fail them.
    testTimeout: 30_000,
  },
});
