import { setupServer } from 'msw/node';
import { apiHandlers, memorySessionStore } from './api-handlers.ts';

/** MSW in Node (UI tests): the SPA's fetches go into the API given by the test. */
export function createApiServer(fetchApi: (request: Request) => Response | Promise<Response>) {
  const sessions = memorySessionStore();
  const server = setupServer(...apiHandlers(fetchApi, sessions));
  return { server, sessions };
}
