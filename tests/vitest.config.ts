import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/electron/**/*.test.ts'],
    environment: 'node',
    // Argon2id at MODERATE costs ~0.8 s and 256 MiB per derivation: keep files in parallel but few.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
