import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { existsSync } from 'node:fs';
import { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Db } from './db/db.ts';
import { createApi } from './http/app.ts';
import { securityHeaders } from './http/security-headers.ts';
import { loggingSender, startNotificationDispatcher, type NotificationSender } from './notifications/outbox.ts';
import { startCountCompaction } from './services/count-compaction.ts';

export interface ServeOptions {
  db: Db;
  port: number;
  clientDir: string;
  trustedProxies: number;
  demo: boolean;
  /** The code the first-run setup screen asks for; undefined once an administrator exists. */
  setupCode: string | undefined;
  /** Where notifications go (default: the log) and how often the outbox is polled. */
  sender?: NotificationSender;
  dispatchIntervalMs?: number;
}

/**
 * One server process: the API under /api (answers compressed), the built SPA, the
 * notification dispatcher and the counts' compaction. Several processes may run this on one
 * PostgreSQL: everything they share is in the database.
 */
export async function serveApp(options: ServeOptions): Promise<{ port: number; stop(): Promise<void> }> {
  const { db, clientDir, trustedProxies } = options;
  // The portal's API key: required for /api/portal/*. Demo installs get a known one.
  const portalApiKey = process.env.MOTCUA_PORTAL_KEY || (options.demo ? 'demo-portal-key' : undefined);
  const stopDispatcher = startNotificationDispatcher(db, options.sender ?? loggingSender, () => new Date(), options.dispatchIntervalMs);
  const stopCompaction = startCountCompaction(db);

  const api = createApi({
    db,
    now: () => new Date(),
    portalApiKey,
    trustedProxies,
    peerAddress: (c) => getConnInfo(c).remote.address,
    setupCode: options.setupCode,
  });
  const app = new Hono();
  // Lists and dossier pages are JSON of tens of kilobytes: gzip makes them a fraction of that
  // on the wire (static files are compressed at build time instead).
  app.use('/api/*', compress({ encoding: 'gzip' }));
  // Every /api path and method is the API's, unknown ones included (a JSON 404, never the SPA).
  app.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
  app.use('*', securityHeaders('app', { trustedProxies: () => trustedProxies }));
  if (existsSync(clientDir)) {
    const root = path.relative(process.cwd(), clientDir) || '.';
    // Vite puts a content hash in every file name under /assets: those never change.
    const cacheControl = (_path: string, c: Context) => {
      c.header('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      c.header('Vary', 'Accept-Encoding');
    };
    // Files that are revalidated get an ETag, so "no-cache" costs a 304, not the file.
    app.use('*', (c, next) => (c.req.path.startsWith('/assets/') ? next() : etag()(c, next)));
    // Gzip and Brotli variants are written at build time (vite.config.ts).
    app.use('/*', serveStatic({ root, precompressed: true, onFound: cacheControl }));
    // Client-side routes (/ho-so/…) get the SPA.
    app.get('*', serveStatic({ root, path: 'index.html', precompressed: true, onFound: cacheControl }));
  } else {
    console.warn(`Không thấy giao diện đã build ở ${clientDir}: chỉ phục vụ /api. Chạy "npm run build" trước.`);
  }

  const server = serve({ fetch: app.fetch, port: options.port });
  // Keep idle connections longer than the clients and proxies in front do (nginx, load
  // balancers: 60 s): with Node's 5 s a client reusing a connection at the moment the server
  // drops it gets ECONNRESET, which a busy machine makes likely.
  if (server instanceof HttpServer) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return {
    port: (server.address() as AddressInfo).port,
    async stop() {
      stopDispatcher();
      stopCompaction();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
