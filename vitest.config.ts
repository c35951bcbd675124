import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (codec, policy logic, properties) that run in parallel, and
// integration tests that start real Kafka JVMs. The machine has two cores, so integration test
// files run one at a time.
export default defineConfig({
  test: {
    reporters: ['default', './test/support/closing-line-reporter.ts'],
    teardownTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Generous: several unit tests start the real CLI or a compiled proxy as a process, and CI
          // machines are shared (a test still fails as soon as its assertion fails).
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          // A beforeAll may start two brokers (the proxied one and the reference) on a busy machine.
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
