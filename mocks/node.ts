import { setupServer } from 'msw/node';
import { apiHandlers, memoryCookieStore } from './api-handlers.ts';

/** MSW in Node (UI tests): the SPA's fetches go into the API given by the test. */
export function createApiServer(fetchApi: (request: Request) => Response | Promise<Response>) {
  const cookies = memoryCookieStore();
  const server = setupServer(...apiHandlers(fetchApi, cookies));
  return { server, cookies };
}
