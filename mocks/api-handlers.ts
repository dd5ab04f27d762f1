import { http } from 'msw';

/** Where the session cookie lives when there is no real browser cookie handling. */
export interface CookieStore {
  get(): string | undefined;
  set(value: string | undefined): void;
}

export function memoryCookieStore(): CookieStore {
  let value: string | undefined;
  return { get: () => value, set: (next) => void (value = next) };
}

/**
 * Routes every `/api/*` request into the real API (a Hono app's `fetch`). Browsers ignore
 * Set-Cookie on responses a service worker makes up, and Node's fetch keeps no cookies, so
 * this wiring plays the browser's part for the session cookie. No business logic here.
 */
export function apiHandlers(fetchApi: (request: Request) => Response | Promise<Response>, cookies: CookieStore) {
  return [
    http.all('*/api/*', async ({ request }) => {
      const headers = new Headers(request.headers);
      const session = cookies.get();
      if (session) headers.set('cookie', session);
      else headers.delete('cookie');
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
      const response = await fetchApi(new Request(request.url, { method: request.method, headers, body }));
      for (const line of response.headers.getSetCookie()) {
        const pair = line.split(';')[0] ?? '';
        const expired = /max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line) || pair.endsWith('=');
        cookies.set(expired ? undefined : pair);
      }
      return response;
    }),
  ];
}
