import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { e2ePort, trainingPort } from './tests/e2e/ports.ts';

// End-to-end tests drive Debian's Chromium (tools cannot download browsers here) against the
// built Node server on a fresh embedded database seeded with demo data, and against the
// training build served as static files (built here, so it is never stale).
const port = e2ePort;
const dataDir = mkdtempSync(path.join(tmpdir(), 'motcua-e2e-'));
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: chromium,
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: [
    {
      command: 'node dist/server/main.js --demo',
      url: `http://127.0.0.1:${port}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: { PORT: String(port), MOTCUA_DATA_DIR: dataDir, DATABASE_URL: '' },
    },
    {
      command: `npm run build:training && node tests/e2e/serve-static.ts dist/training ${trainingPort}`,
      url: `http://127.0.0.1:${trainingPort}/`,
      timeout: 240_000,
      reuseExistingServer: false,
    },
  ],
});
