import type { Context } from 'hono';
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
  /**
   * How many reverse proxies stand in front of the server (MOTCUA_TRUST_PROXY). Their
   * X-Forwarded-For/-Proto/-Host headers are believed only then; 0 or unset: not at all.
   */
  trustedProxies?: number;
  /** The address of the connection's other end (the Node host reads the socket). */
  peerAddress?: (c: Context<ApiEnv>) => string | undefined;
  /**
   * While the installation has no administrator, the first-run setup asks for this code,
   * which the server prints on its console at start: whoever reaches the page first cannot
   * claim the installation without access to the server.
   */
  setupCode?: string;
}

export interface ApiEnv {
  Variables: {
    deps: ApiDeps;
    user: CurrentUser;
    sessionTokenHash: string;
    /** A public route called by the portal with its key (not limited per address). */
    portal: boolean;
  };
}
