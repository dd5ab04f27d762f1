import { createRoute, z } from '@hono/zod-openapi';
import { AdminUser, HeldDossier, TransferDossiers, UserActivation, UserCreate, UserUpdate, UserVersion, UserWithPassword } from '../../../../domain/schemas/admin-users.ts';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../openapi.ts';
import { createUser, heldDossiers, listAdminUsers, resetUserPassword, setUserActive, transferDossiers, updateUser } from '../../../services/admin/users.ts';

const reads = { 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] } as const;
const writes = { ...reads, 404: errorResponses[404], 409: errorResponses[409] } as const;
const IdParam = z.object({ id: z.uuid() });

/** Staff accounts (Quản trị → Người dùng). */
export const adminUserRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/users',
      tags: ['administration'],
      summary: 'Every account, active or locked, with the open dossiers each holds and the last sign-in',
      responses: { 200: jsonResponse(z.array(AdminUser), 'Users'), ...reads },
    }),
    async (c) => c.json(await listAdminUsers(c.get('deps').db, c.get('user')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/users',
      tags: ['administration'],
      summary: 'Create an account; its one-time password is in the answer only, to be changed at the first sign-in',
      request: { body: jsonBody(UserCreate) },
      responses: { 201: jsonResponse(UserWithPassword, 'The account and its one-time password'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await createUser(db, c.get('user'), c.req.valid('json'), now()), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/admin/users/{id}',
      tags: ['administration'],
      summary: 'Edit an account (role and unit only while it holds no open dossier)',
      request: { params: IdParam, body: jsonBody(UserUpdate) },
      responses: { 200: jsonResponse(AdminUser, 'The account'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await updateUser(db, c.get('user'), c.req.valid('param').id, c.req.valid('json'), now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/users/{id}/active',
      tags: ['administration'],
      summary: 'Lock (every session ends) or unlock an account',
      request: { params: IdParam, body: jsonBody(UserActivation) },
      responses: { 200: jsonResponse(AdminUser, 'The account'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await setUserActive(db, c.get('user'), c.req.valid('param').id, c.req.valid('json'), now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/users/{id}/reset-password',
      tags: ['administration'],
      summary: 'A new one-time password (shown once); sessions end and the next sign-in must change it',
      request: { params: IdParam, body: jsonBody(UserVersion) },
      responses: { 200: jsonResponse(UserWithPassword, 'The account and its one-time password'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await resetUserPassword(db, c.get('user'), c.req.valid('param').id, c.req.valid('json').version, now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/users/{id}/held-dossiers',
      tags: ['administration'],
      summary: 'The open dossiers an account holds or handles',
      request: { params: IdParam },
      responses: { 200: jsonResponse(z.array(HeldDossier), 'Dossiers'), ...reads },
    }),
    async (c) => c.json(await heldDossiers(c.get('deps').db, c.get('user'), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/users/{id}/transfer',
      tags: ['administration'],
      summary: 'Hand the listed dossiers to a colleague with the same role in the same unit (one transaction)',
      request: { params: IdParam, body: jsonBody(TransferDossiers) },
      responses: { 200: jsonResponse(z.object({ transferred: z.number().int() }), 'How many'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json({ transferred: await transferDossiers(db, c.get('user'), c.req.valid('param').id, c.req.valid('json'), now()) }, 200);
    },
  );
