import type { Db } from '../../src/server/db/db.ts';
import { createApi } from '../../src/server/http/app.ts';
import type { ApiDeps } from '../../src/server/http/context.ts';
import { TEST_NOW } from './test-clock.ts';
import { openTestDb } from './test-db.ts';
import { DEMO_PASSWORD } from '../../mocks/demo-data/seed-demo.ts';

export const TEST_PORTAL_KEY = 'test-portal-key';

export interface TestApi {
  db: Db;
  /** Calls the API like a client would (`path`, or a whole URL such as https://…); `cookie` is a session from `login`. */
  request(path: string, init?: RequestInit & { cookie?: string; json?: unknown }): Promise<Response>;
  /** Logs in a demo user and returns the session cookie. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** The real API over a fresh test database, called in-process (no network). `options` override the API's dependencies. */
export async function createTestApi(options: Partial<Omit<ApiDeps, 'db'>> = {}): Promise<TestApi> {
  const db = await openTestDb();
  const api = createApi({ db, now: () => TEST_NOW, portalApiKey: TEST_PORTAL_KEY, ...options });
  const request: TestApi['request'] = async (path, init = {}) => {
    const { cookie, json, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (cookie) headers.set('cookie', cookie);
    if (json !== undefined) headers.set('content-type', 'application/json');
    return api.fetch(new Request(path.startsWith('http') ? path : `http://motcua.test${path}`, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body }));
  };
  return {
    db,
    request,
    async login(username, password = DEMO_PASSWORD) {
      const response = await request('/api/auth/login', { method: 'POST', json: { username, password } });
      if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status} ${await response.text()}`);
      const setCookie = response.headers.get('set-cookie') ?? '';
      return setCookie.split(';')[0]!;
    },
    close: () => db.close(),
  };
}
