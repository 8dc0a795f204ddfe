import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
    coverage: {
      provider: 'v8',
      include: ['lib/**/*.ts', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
      reporter: ['text-summary'],
    },
  },
});
