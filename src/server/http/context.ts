import type { Db } from '../db/db.ts';
import type { CurrentUser } from '../../domain/schemas/auth.ts';

/** What every request handler can reach. `now` is injected so tests control the clock. */
export interface ApiDeps {
  db: Db;
  now: () => Date;
  /** Key the provincial/national portal sends in `X-Api-Key`; portal routes are closed without one. */
  portalApiKey?: string;
  /**
   * 'header' is for the in-page hosts (training mode, UI tests): a page cannot read or send
   * cookies on requests it answers itself, so the session token travels in X-Motcua-Session.
   * The Node server always uses the httpOnly cookie.
   */
  sessionTransport?: 'cookie' | 'header';
}

export interface ApiEnv {
  Variables: {
    deps: ApiDeps;
    user: CurrentUser;
    sessionTokenHash: string;
  };
}
