import type { z } from 'zod';
import type { Db, Queryable } from '../db/db.ts';
import type { PortalCompletion, PortalSubmission } from '../../domain/schemas/portal.ts';
import { dossierSearchText } from '../../domain/text.ts';
import { fieldError, notFound } from '../http/errors.ts';
import { loadWorkingCalendar } from './calendar-service.ts';
import { nextDossierCode } from './dossier-code.ts';
import { getProcedure, insertChecklist } from './procedures.ts';
import { appendEvent, loadCentre } from './actions/perform-action.ts';
import { decodeBase64, insertAttachment } from './attachments.ts';
import { performAction } from './actions/perform-action.ts';
import { completeSubmission } from './actions/intake-actions.ts';
import { message } from '../../domain/messages.ts';

type Submission = z.output<typeof PortalSubmission>;
type Completion = z.output<typeof PortalCompletion>;

async function findBySubmissionId(db: Queryable, submissionId: string) {
  const [row] = await db.query<{ id: string; code: string; status: string; version: number }>(
    'SELECT id, code, status, version FROM dossiers WHERE portal_submission_id = $1',
    [submissionId],
  );
  return row;
}

/** Stores the portal's files against the dossier's checklist items (matched by position). */
async function storePortalFiles(tx: Queryable, dossierId: string, documents: Submission['documents'], kind: 'document' | 'supplement', now: Date) {
  const items = await tx.query<{ id: string; position: number }>('SELECT id, position FROM dossier_documents WHERE dossier_id = $1', [dossierId]);
  for (const [docIndex, document] of documents.entries()) {
    const item = items.find((i) => i.position === document.position);
    for (const [fileIndex, file] of document.files.entries()) {
      const bytes = decodeBase64(file.contentBase64, `documents.${docIndex}.files.${fileIndex}.contentBase64`);
      await insertAttachment(tx, { dossierId, dossierDocumentId: item?.id ?? null, kind, fileName: file.fileName, bytes, uploadedBy: null, now });
    }
  }
}

/**
 * A dossier arriving from the portal (or the postal service) waits in the intake queue;
 * its clock starts only when an officer accepts it. Idempotent on the portal's submission
 * id: a repeated delivery returns the dossier already created.
 */
export async function receivePortalSubmission(db: Db, input: Submission, now: Date) {
  const existing = await findBySubmissionId(db, input.submissionId);
  if (existing) return { dossierId: existing.id, code: existing.code, status: existing.status, created: false };
  try {
    return await db.transaction(async (tx) => {
      const calendar = await loadWorkingCalendar(tx);
      const today = calendar.localDate(now);
      const procedure = await getProcedure(tx, { code: input.procedureCode }, today).catch(() => {
        throw fieldError('procedureCode', message('procedure_code_unknown'));
      });
      const centre = await loadCentre(tx);
      const code = await nextDossierCode(tx, centre, today);
      const { applicant, submitter } = input;
      const [row] = await tx.query<{ id: string }>(
        `INSERT INTO dossiers (code, unit_id, procedure_id, channel, portal_submission_id, status, applicant_name,
           applicant_id_number, applicant_phone, applicant_email, applicant_address, submitter_name, submitter_id_number,
           submitter_phone, search_text, holder_unit_id, deciding_unit_id, submitted_at, fee_amount, return_method, notes,
           created_at, updated_at, applicant_birth_date, applicant_gender, submitter_birth_date, submitter_gender, submitter_address)
         VALUES ($1, $2, $3, $4, $5, 'awaiting_intake', $6, $7, $8, $9, $10, $11, $12, $13, $14, $2, $15, $16, $17, $18, $19, $20, $20,
           $21, $22, $23, $24, $25)
         RETURNING id`,
        [
          code, centre.id, procedure.id, input.channel, input.submissionId, applicant.name, applicant.idNumber ?? null,
          applicant.phone ?? null, applicant.email ?? null, applicant.address, submitter?.name ?? null,
          submitter?.idNumber ?? null, submitter?.phone ?? null,
          dossierSearchText({ code, applicantName: applicant.name, submitterName: submitter?.name, idNumber: applicant.idNumber, phone: applicant.phone }),
          procedure.decidingUnitId, input.submittedAt ? new Date(input.submittedAt) : now, input.feeAmount, input.returnMethod, input.notes, now,
          applicant.dateOfBirth ?? null, applicant.gender ?? null, submitter?.dateOfBirth ?? null, submitter?.gender ?? null,
          submitter?.address ?? null,
        ],
      );
      const dossierId = row!.id;
      await insertChecklist(tx, dossierId, procedure, (item) => {
        const sent = input.documents.find((d) => d.position === item.position);
        return sent && { received: true, form: sent.form, count: sent.count };
      });
      await storePortalFiles(tx, dossierId, input.documents, 'document', now);
      await appendEvent(tx, {
        dossierId,
        at: now,
        actor: null,
        action: 'submit_online',
        fromStatus: null,
        toStatus: 'awaiting_intake',
        from: null,
        to: { unitId: centre.id, userId: null },
        note: input.channel === 'postal' ? 'Hồ sơ nhận qua dịch vụ bưu chính công ích' : 'Hồ sơ nộp trực tuyến trên cổng dịch vụ công',
        details: { submissionId: input.submissionId, channel: input.channel },
      });
      return { dossierId, code, status: 'awaiting_intake', created: true };
    });
  } catch (error) {
    // Two deliveries of the same submission at once: the unique constraint lets one win.
    const raced = await findBySubmissionId(db, input.submissionId);
    if (raced) return { dossierId: raced.id, code: raced.code, status: raced.status, created: false };
    throw error;
  }
}

/** The applicant delivered what the desk asked for; the dossier goes back to the intake queue. */
export async function completePortalSubmission(db: Db, submissionId: string, input: Completion, now: Date) {
  const dossier = await findBySubmissionId(db, submissionId);
  if (!dossier) throw notFound(message('portal_submission_not_found'));
  const handler = {
    ...completeSubmission,
    apply: async (context: Parameters<typeof completeSubmission.apply>[0]) => {
      await storePortalFiles(context.tx, context.dossier.id, input.documents, 'supplement', now);
      await context.tx.query(
        `UPDATE dossier_documents SET received = true, count = greatest(count, 1)
         WHERE dossier_id = $1 AND position = ANY($2::int[])`,
        [context.dossier.id, input.documents.map((d) => d.position)],
      );
      return completeSubmission.apply(context);
    },
  };
  await performAction(db, {
    dossierId: dossier.id,
    handler,
    version: dossier.version,
    body: { note: input.note, documentNames: [] },
    actor: null,
    now,
  });
  const after = await findBySubmissionId(db, submissionId);
  return { dossierId: dossier.id, code: dossier.code, status: after!.status, created: false };
}
