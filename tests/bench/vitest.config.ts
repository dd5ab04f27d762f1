import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The scale bench (`npm run bench`), kept out of the projects `vitest run` and `npm test`
// pick up: it fills databases with 100,000 dossiers and runs for minutes.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'bench',
    environment: 'node',
    include: ['tests/bench/**/*.bench.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60 * 60_000,
    hookTimeout: 60 * 60_000,
  },
});
