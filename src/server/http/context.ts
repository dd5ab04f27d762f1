import type { Db } from '../db/db.ts';
import type { CurrentUser } from '../../domain/schemas/auth.ts';

/** What every request handler can reach. `now` is injected so tests control the clock. */
export interface ApiDeps {
  db: Db;
  now: () => Date;
  /** Key the provincial/national portal sends in `X-Api-Key`; portal routes are closed without one. */
  portalApiKey?: string;
}

export interface ApiEnv {
  Variables: {
    deps: ApiDeps;
    user: CurrentUser;
    sessionTokenHash: string;
  };
}
