import { createRoute, z } from '@hono/zod-openapi';
import {
  AdminField,
  AdminProcedureDetail,
  AdminProcedureQuery,
  AdminProcedureRow,
  AdminUnit,
  DeleteQuery,
  FieldInput,
  FieldUpdate,
  ImportPreview,
  ImportResult,
  ProcedureCode,
  ProcedureCreate,
  ProcedureSaveResult,
  ProcedureUpdate,
  UnitInput,
  UnitUpdate,
} from '../../../../domain/schemas/admin-catalogue.ts';
import { message, messageCode } from '../../../../domain/messages.ts';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../openapi.ts';
import { fieldError } from '../../errors.ts';
import { createProcedure, getAdminProcedure, listAdminProcedures, updateProcedure } from '../../../services/admin/procedures.ts';
import { applyCatalogueImport, previewCatalogueImport } from '../../../services/admin/catalogue-import.ts';
import { exportCatalogue } from '../../../services/admin/catalogue-export.ts';
import { createField, createUnit, deleteUnit, listAdminFields, listAdminUnits, updateField, updateUnit } from '../../../services/admin/directory.ts';
import { requireAdmin } from '../../../services/admin/access.ts';
import { catalogueWorkbook } from '../../../services/admin/catalogue-workbook.ts';
import { xlsxContent, xlsxResponse } from './xlsx.ts';

const reads = { 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] } as const;
const writes = { ...reads, 404: errorResponses[404], 409: errorResponses[409] } as const;
const CodeParam = z.object({ code: ProcedureCode });
const IdParam = z.object({ id: z.uuid() });

const ImportForm = z.object({
  file: z
    .custom<File>((value) => value instanceof File, messageCode('file_required'))
    .openapi({ type: 'string', format: 'binary', description: 'The catalogue workbook (.xlsx), at most 5 MB' }),
});
const ImportApplyForm = ImportForm.extend({
  fingerprint: z.string().min(1).max(100).meta({ description: 'The preview’s fingerprint: 409 if the catalogue changed since' }),
});
const multipart = <T extends z.ZodType>(schema: T) => ({ content: { 'multipart/form-data': { schema } }, required: true }) as const;

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

async function uploadedFile(file: File) {
  if (file.size === 0) throw fieldError('file', message('file_empty'));
  if (file.size > MAX_IMPORT_BYTES) throw fieldError('file', message('file_too_large', { maxMegabytes: 5 }));
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The procedure catalogue, fields and units for the administrator (Quản trị). */
export const adminCatalogueRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/procedures',
      tags: ['administration'],
      summary: 'The catalogue: each procedure by its version in force, with accent-insensitive search and filters',
      request: { query: AdminProcedureQuery },
      responses: { 200: jsonResponse(z.array(AdminProcedureRow), 'Procedures'), ...reads },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await listAdminProcedures(db, c.get('user'), c.req.valid('query'), now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/procedures',
      tags: ['administration'],
      summary: 'Add a procedure (its first version)',
      request: { body: jsonBody(ProcedureCreate) },
      responses: { 201: jsonResponse(ProcedureSaveResult, 'The procedure'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await createProcedure(db, c.get('user'), c.req.valid('json'), now()), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/procedures/template.xlsx',
      tags: ['administration'],
      summary: 'The empty import workbook: the column layout with notes and drop-downs',
      responses: { 200: xlsxContent, 401: errorResponses[401], 403: errorResponses[403] },
    }),
    async (c) => {
      requireAdmin(c.get('user'));
      return xlsxResponse(await catalogueWorkbook([]), 'mau-danh-muc-thu-tuc.xlsx');
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/procedures/export.xlsx',
      tags: ['administration'],
      summary: 'The catalogue (latest version of each procedure) in the import layout',
      responses: { 200: xlsxContent, 401: errorResponses[401], 403: errorResponses[403] },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const bytes = await exportCatalogue(db, c.get('user'), now());
      return xlsxResponse(bytes, 'danh-muc-thu-tuc.xlsx');
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/procedures/import/preview',
      tags: ['administration'],
      summary: 'Read a catalogue workbook and say row by row what importing it would do (new, changed, unchanged, errors); writes nothing',
      request: { body: multipart(ImportForm) },
      responses: { 200: jsonResponse(ImportPreview, 'The preview'), ...reads, 413: { description: 'Too large', content: errorResponses[400].content } },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const file = await uploadedFile(c.req.valid('form').file);
      return c.json(await previewCatalogueImport(db, c.get('user'), file, now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/procedures/import',
      tags: ['administration'],
      summary: 'Import a previewed catalogue workbook: every row or none (400 if any row is wrong, 409 if the catalogue changed since the preview)',
      request: { body: multipart(ImportApplyForm) },
      responses: { 200: jsonResponse(ImportResult, 'What was written'), ...writes, 413: { description: 'Too large', content: errorResponses[400].content } },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const form = c.req.valid('form');
      const file = await uploadedFile(form.file);
      return c.json(await applyCatalogueImport(db, c.get('user'), file, form.fingerprint, now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/procedures/{code}',
      tags: ['administration'],
      summary: 'A procedure with all its versions',
      request: { params: CodeParam },
      responses: { 200: jsonResponse(AdminProcedureDetail, 'The procedure'), ...reads, 404: errorResponses[404] },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await getAdminProcedure(db, c.get('user'), c.req.valid('param').code, now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/admin/procedures/{code}',
      tags: ['administration'],
      summary: 'Edit the latest version; a rule change on a version dossiers were received under makes a new version from effectiveFrom',
      request: { params: CodeParam, body: jsonBody(ProcedureUpdate) },
      responses: { 200: jsonResponse(ProcedureSaveResult, 'The procedure and what the edit did'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await updateProcedure(db, c.get('user'), c.req.valid('param').code, c.req.valid('json'), now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/fields',
      tags: ['administration'],
      summary: 'Fields (lĩnh vực), in use or not, with how many procedures in force each has',
      responses: { 200: jsonResponse(z.array(AdminField), 'Fields'), ...reads },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await listAdminFields(db, c.get('user'), now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/fields',
      tags: ['administration'],
      summary: 'Add a field',
      request: { body: jsonBody(FieldInput) },
      responses: { 201: jsonResponse(AdminField, 'The field'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await createField(db, c.get('user'), c.req.valid('json'), now()), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/admin/fields/{id}',
      tags: ['administration'],
      summary: 'Edit or deactivate a field (not while procedures in force belong to it)',
      request: { params: IdParam, body: jsonBody(FieldUpdate) },
      responses: { 200: jsonResponse(AdminField, 'The field'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await updateField(db, c.get('user'), c.req.valid('param').id, c.req.valid('json'), now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/units',
      tags: ['administration'],
      summary: 'Units: the centre, its departments and outside authorities, active or not',
      responses: { 200: jsonResponse(z.array(AdminUnit), 'Units'), ...reads },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await listAdminUnits(db, c.get('user'), now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/units',
      tags: ['administration'],
      summary: 'Add a department or an outside authority',
      request: { body: jsonBody(UnitInput) },
      responses: { 201: jsonResponse(AdminUnit, 'The unit'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await createUnit(db, c.get('user'), c.req.valid('json'), now()), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/admin/units/{id}',
      tags: ['administration'],
      summary: 'Edit or deactivate a unit (deactivation needs no active users, open dossiers or procedures in force)',
      request: { params: IdParam, body: jsonBody(UnitUpdate) },
      responses: { 200: jsonResponse(AdminUnit, 'The unit'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await updateUnit(db, c.get('user'), c.req.valid('param').id, c.req.valid('json'), now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/admin/units/{id}',
      tags: ['administration'],
      summary: 'Delete a unit nothing refers to (409 otherwise: deactivate it instead)',
      request: { params: IdParam, query: DeleteQuery },
      responses: { 204: { description: 'Deleted' }, ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      await deleteUnit(db, c.get('user'), c.req.valid('param').id, c.req.valid('query').version, now());
      return c.body(null, 204);
    },
  );
