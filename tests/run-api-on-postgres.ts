// Runs the API test project a second time on a real PostgreSQL server (CI starts a throwaway
// PostgreSQL 15 cluster and sets TEST_DATABASE_URL). Without it, says so and skips.
import { spawnSync } from 'node:child_process';

if (!process.env.TEST_DATABASE_URL) {
  console.log('API tests on PostgreSQL skipped: TEST_DATABASE_URL is not set (see README, "Running on PostgreSQL").');
  process.exit(0);
}
const result = spawnSync('node_modules/.bin/vitest', ['run', '--project', 'api'], {
  stdio: 'inherit',
  env: { ...process.env, MOTCUA_TEST_DB: 'postgres' },
});
process.exit(result.status ?? 1);
