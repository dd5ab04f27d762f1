import { redirect } from 'react-router';
import { api, dataOf } from './api-client.ts';
import { routePatterns } from './paths.ts';

/** GET /api/setup: whether the installation still waits for its first-run setup. */
export function fetchSetupStatus(signal?: AbortSignal) {
  return dataOf(api.GET('/api/setup', { signal }));
}

/**
 * The login route's loader: a new installation has nobody to sign in yet, so its setup
 * comes first. A plain request, not a query: the login page stays free of TanStack
 * Query's hooks (its weight budget). If the check fails the login page shows as usual.
 */
export async function redirectToSetupIfNeeded({ request }: { request: Request }): Promise<Response | null> {
  try {
    const status = await fetchSetupStatus(request.signal);
    return status.needed ? redirect(routePatterns.setup) : null;
  } catch {
    return null;
  }
}
