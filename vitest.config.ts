import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing running; `integration` (integration, e2e and notebook
// specs) shares one throwaway Neo4j started by tests/support/global-setup.ts and runs files
// one at a time, because Neo4j Community has a single user database.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/schema/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: [
            'tests/integration/**/*.int.test.ts',
            'tests/e2e/**/*.e2e.test.ts',
            'tests/notebook/**/*.test.ts',
          ],
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          environment: 'node',
        },
      },
    ],
  },
});
