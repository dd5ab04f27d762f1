import '../../domain/schemas/zod-locale.ts';
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import type { ApiDeps, ApiEnv } from './context.ts';
import { errorBody, HttpError } from './errors.ts';
import { message } from '../../domain/messages.ts';
import { requireSession } from './auth-middleware.ts';
import { rejectCrossSite } from './csrf.ts';
import { inputBoundary } from './input-boundary.ts';
import { securityHeaders } from './security-headers.ts';
import { healthRoutes } from './routes/health.ts';
import { authRoutes } from './routes/auth.ts';
import { dossierRoutes } from './routes/dossiers.ts';
import { dossierActionRoutes } from './routes/dossier-actions.ts';
import { intakeRoutes } from './routes/intake.ts';
import { catalogueRoutes } from './routes/catalogue.ts';
import { attachmentRoutes } from './routes/attachments.ts';
import { portalRoutes } from './routes/portal.ts';
import { directoryRoutes } from './routes/directory.ts';
import { queueRoutes } from './routes/queues.ts';
import { reportRoutes } from './routes/reports.ts';
import { adminCatalogueRoutes } from './routes/admin/catalogue.ts';
import { adminCalendarSettingsRoutes } from './routes/admin/calendar-settings.ts';
import { auditRoutes } from './routes/audit.ts';
import { adminUserRoutes } from './routes/admin/users.ts';
import { setupRoutes } from './routes/setup.ts';
import { userRoutes } from './routes/users.ts';
import { peopleRoutes } from './routes/people.ts';
import { publicRoutes } from './routes/public.ts';
import { counterRoutes } from './routes/counter.ts';

/** A PostgreSQL "data exception" (SQLSTATE class 22): a value the database could not take. */
function isDataException(error: unknown): boolean {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' && (error as { code: string }).code.startsWith('22');
}

/**
 * The motcua API: a Hono app, i.e. `fetch(Request) → Response`. The Node server, the
 * training-mode service worker and the tests all host this same object.
 */
export function createApi(deps: ApiDeps) {
  const api = new OpenAPIHono<ApiEnv>().basePath('/api');
  api.use('*', securityHeaders('api', { trustedProxies: () => deps.trustedProxies ?? 0 }));
  api.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
    // Answers are per user and change all the time: no cache keeps them unless a route says so.
    if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'no-store');
  });
  api.use('*', rejectCrossSite);
  api.use('*', requireSession);
  // Scans are at most 10 MB (checked again on the bytes); portal deliveries carry several, base64-encoded.
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new HttpError(413, 'payload_too_large', message('payload_too_large'));
      },
    });
  const attachmentLimit = limit(11 * 1024 * 1024);
  const portalLimit = limit(80 * 1024 * 1024);
  const defaultLimit = limit(1024 * 1024);
  const catalogueLimit = limit(6 * 1024 * 1024);
  api.use('*', (c, next) => {
    if (/\/attachments$/.test(c.req.path)) return attachmentLimit(c, next);
    if (c.req.path.startsWith('/api/admin/procedures/import')) return catalogueLimit(c, next);
    if (c.req.path.startsWith('/api/portal/')) return portalLimit(c, next);
    return defaultLimit(c, next);
  });
  api.use('*', inputBoundary(api));
  api.route('/', healthRoutes);
  api.route('/', authRoutes);
  api.route('/', setupRoutes);
  api.route('/', queueRoutes);
  api.route('/', dossierRoutes);
  api.route('/', intakeRoutes);
  api.route('/', dossierActionRoutes);
  api.route('/', attachmentRoutes);
  api.route('/', catalogueRoutes);
  api.route('/', portalRoutes);
  api.route('/', directoryRoutes);
  api.route('/', reportRoutes);
  api.route('/', adminCatalogueRoutes);
  api.route('/', adminCalendarSettingsRoutes);
  api.route('/', auditRoutes);
  api.route('/', adminUserRoutes);
  api.route('/', userRoutes);
  api.route('/', peopleRoutes);
  api.route('/', publicRoutes);
  api.route('/', counterRoutes);
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'motcua API', version: '1', description: 'The API of motcua, the one-stop desk back office. Errors: `{ error, code, params, message, fields }` (see the ApiError schema).' },
  });
  api.notFound((c) => c.json(errorBody('not_found', message('route_not_found')), 404));
  api.onError((error, c) => {
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
      return c.json(error.toBody(), error.status);
    }
    // Hono's validators throw HTTPException(400) for a body that is not valid JSON.
    if (error instanceof HTTPException && error.status === 400) {
      return c.json(errorBody('invalid_json', message('invalid_json')), 400);
    }
    if (error instanceof HTTPException && error.status === 415) {
      return c.json(errorBody('unsupported_media_type', message('unsupported_media_type', { expected: 'application/json' })), 415);
    }
    // A value got past the schemas and the database refused it. Still the client's input, so
    // a 400 (the transaction rolled back), but logged: the route's schema should have said no.
    // The fuzz test fails on any `invalid_value` answer.
    if (isDataException(error)) {
      console.error('A request value reached the database unchecked:', error);
      return c.json(errorBody('invalid_value', message('value_not_accepted')), 400);
    }
    console.error(error);
    return c.json(errorBody('internal_error', message('internal_error')), 500);
  });
  return api;
}

export type Api = ReturnType<typeof createApi>;
