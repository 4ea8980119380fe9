import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing running and no tool beyond Node (no Java, Maven, Docker,
// browser or database); `integration` (integration, e2e and notebook specs, and the checks of
// installed tools) shares one throwaway Neo4j started by tests/support/global-setup.ts and runs
// files one at a time, because Neo4j Community has a single user database. Pick one with
// `npm run test:unit` / `npm run test:int` (or `npx vitest run --project unit <file>`): a bare
// `npx vitest run <file>` also starts the integration project's Neo4j. Specs slower than the
// default budget say so themselves (`it(…, 300_000)`), so a busy machine fails nothing by time.
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
