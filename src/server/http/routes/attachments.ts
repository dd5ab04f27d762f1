import { createRoute, z } from '@hono/zod-openapi';
import { DossierAttachment } from '../../../domain/schemas/dossier.ts';
import { createRouter, errorResponses, fileResponse, jsonResponse } from '../openapi.ts';
import { fieldError, forbidden, notFound } from '../errors.ts';
import { attachmentContentTypes, insertAttachment } from '../../services/attachments.ts';
import type { DossierStatus } from '../../../domain/dossier-status.ts';
import { mayDigitise } from '../../../domain/permissions.ts';
import { message, messageCode } from '../../../domain/messages.ts';
import { recordPersonalDataView } from '../../services/audit.ts';

const UploadForm = z.object({
  file: z
    .custom<File>((value) => value instanceof File, messageCode('file_required'))
    .openapi({ type: 'string', format: 'binary', description: 'PDF, JPEG or PNG, at most 10 MB' }),
  dossierDocumentId: z.uuid().optional().meta({ description: 'The checklist item this scan belongs to' }),
  kind: z.enum(['document', 'supplement', 'result']).default('document').meta({ description: 'A scanned document, a supplement, or the result file' }),
});

export const attachmentRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/dossiers/{id}/attachments',
      tags: ['attachments'],
      summary: 'Upload a scanned document of a dossier (type checked from the content)',
      request: {
        params: z.object({ id: z.uuid() }),
        body: { content: { 'multipart/form-data': { schema: UploadForm } }, required: true },
      },
      responses: {
        201: jsonResponse(DossierAttachment, 'The stored attachment'),
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
        404: errorResponses[404],
        413: errorResponses[413],
        415: errorResponses[415],
      },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const user = c.get('user');
      const dossierId = c.req.valid('param').id;
      const form = c.req.valid('form');
      const file = form.file;
      const [dossier] = await db.query<{ status: DossierStatus; holder_unit_id: string; holder_user_id: string | null }>(
        'SELECT status, holder_unit_id, holder_user_id FROM dossiers WHERE id = $1',
        [dossierId],
      );
      if (!dossier) throw notFound(message('dossier_not_found'));
      if (!mayDigitise({ status: dossier.status, holderUserId: dossier.holder_user_id }, user)) throw forbidden(message('attachment_forbidden'));
      if (form.dossierDocumentId) {
        const [item] = await db.query('SELECT 1 FROM dossier_documents WHERE id = $1 AND dossier_id = $2', [form.dossierDocumentId, dossierId]);
        if (!item) throw fieldError('dossierDocumentId', message('document_not_in_dossier'));
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const id = await insertAttachment(db, {
        dossierId,
        dossierDocumentId: form.dossierDocumentId ?? null,
        kind: form.kind,
        fileName: file.name,
        bytes,
        uploadedBy: user.id,
        now: now(),
      });
      const [row] = await db.query<{ file_name: string; content_type: string; size_bytes: number; uploaded_at: Date }>(
        'SELECT file_name, content_type, size_bytes, uploaded_at FROM attachments WHERE id = $1',
        [id],
      );
      return c.json(
        {
          id,
          dossierDocumentId: form.dossierDocumentId ?? null,
          kind: form.kind,
          fileName: row!.file_name,
          contentType: row!.content_type,
          sizeBytes: row!.size_bytes,
          uploadedAt: row!.uploaded_at.toISOString(),
          uploadedByName: user.fullName,
        },
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/attachments/{id}/content',
      tags: ['attachments'],
      summary: 'The file itself, inline for preview or as a download',
      request: {
        params: z.object({ id: z.uuid() }),
        query: z.object({ download: z.enum(['0', '1']).optional() }),
      },
      responses: {
        200: fileResponse(attachmentContentTypes, 'The file, as the type its bytes were checked to be'),
        400: errorResponses[400],
        401: errorResponses[401],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const [file] = await db.query<{ file_name: string; content_type: string; content: Uint8Array; dossier_id: string; code: string; applicant_name: string }>(
        `SELECT a.file_name, a.content_type, a.content, d.id AS dossier_id, d.code, d.applicant_name
         FROM attachments a JOIN dossiers d ON d.id = a.dossier_id WHERE a.id = $1`,
        [c.req.valid('param').id],
      );
      if (!file) throw notFound(message('file_not_found'));
      // A scan is personal data too (an ID card, a certificate): its opening is logged like the dossier's.
      await recordPersonalDataView(db, c.get('user'), { id: file.dossier_id, code: file.code, applicantName: file.applicant_name }, 'attachment', now());
      const disposition = c.req.valid('query').download === '1' ? 'attachment' : 'inline';
      const body = new Uint8Array(file.content);
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': file.content_type,
          'content-length': String(body.byteLength),
          'content-disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
          'x-content-type-options': 'nosniff',
          'cache-control': 'private, max-age=3600',
        },
      });
    },
  );
