import '@testing-library/jest-dom/vitest';
import './ui-dom.ts';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { createApi } from '../../src/server/http/app.ts';
import { createApiServer } from '../../mocks/node.ts';
import { openTestDb } from './test-db.ts';
import { TEST_NOW } from './test-clock.ts';
import type { Db } from '../../src/server/db/db.ts';

// The UI under test talks to the real API over MSW, on a fresh copy of the seeded database
// per test file. Unhandled requests and console errors fail the test.
let db: Db;
let current: ReturnType<typeof createApiServer> | undefined;

beforeAll(async () => {
  db = await openTestDb();
  const api = createApi({ db, now: () => TEST_NOW, sessionTransport: 'header' });
  current = createApiServer((request) => api.fetch(request));
  current.server.listen({ onUnhandledFrame: 'error' });
});

afterEach(() => {
  cleanup();
  current?.sessions.set(undefined);
  // What a page remembers in the browser (the intake form's last procedure) stays with its test.
  window.localStorage.clear();
});

afterAll(async () => {
  current?.server.close();
  await db?.close();
});

const consoleError = console.error;
beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleError(...args);
    throw new Error(`console.error during a test: ${args.map(String).join(' ')}`);
  });
});
