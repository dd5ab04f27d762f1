import { http } from 'msw';

/** Where the in-page host keeps the session token between requests. */
export interface SessionStore {
  get(): string | undefined;
  set(value: string | undefined): void;
}

export function memorySessionStore(): SessionStore {
  let value: string | undefined;
  return { get: () => value, set: (next) => void (value = next) };
}

const SESSION_HEADER = 'x-motcua-session';

/**
 * Routes every `/api/*` request into the real API (a Hono app's `fetch`, created with
 * `sessionTransport: 'header'`). A page cannot set or read cookies on responses it makes up,
 * so this wiring carries the session token in a header instead. No business logic here.
 */
export function apiHandlers(fetchApi: (request: Request) => Response | Promise<Response>, sessions: SessionStore) {
  return [
    http.all('*/api/*', async ({ request }) => {
      const headers = new Headers(request.headers);
      const token = sessions.get();
      if (token) headers.set(SESSION_HEADER, token);
      else headers.delete(SESSION_HEADER);
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
      const response = await fetchApi(new Request(request.url, { method: request.method, headers, body }));
      const issued = response.headers.get(SESSION_HEADER);
      if (issued !== null) sessions.set(issued || undefined);
      return response;
    }),
  ];
}
