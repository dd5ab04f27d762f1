import { z } from 'zod';
import type { Db } from '../db/db.ts';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import { ReceiveDossierRequest } from '../../domain/schemas/intake.ts';
import { dossierSearchText } from '../../domain/text.ts';
import { legFieldsOfStep } from '../../domain/control-slip.ts';
import { formatDateTime } from '../../domain/vietnam-time.ts';
import { conflict, forbidden, HttpError, type FieldMessages } from '../http/errors.ts';
import type { Queryable } from '../db/db.ts';
import { reuseProblem } from '../../domain/digitisation.ts';
import { findReuseCandidate } from './digitisation.ts';
import { findOpenDuplicates } from './people.ts';
import { loadWorkingCalendar } from './calendar-service.ts';
import { nextDossierCode } from './dossier-code.ts';
import { getProcedure, insertChecklist, type ProcedureWithChecklist } from './procedures.ts';
import { appendEvent, loadCentre } from './actions/perform-action.ts';
import { queueApplicantNotifications } from '../notifications/outbox.ts';
import { getDossier } from './dossier-queries.ts';
import { message } from '../../domain/messages.ts';

export type ReceiveInput = z.output<typeof ReceiveDossierRequest>;

/** The checklist must be answered item by item, and every required item received. */
function checkDocuments(procedure: ProcedureWithChecklist, documents: ReceiveInput['documents']) {
  const fields: FieldMessages = {};
  documents.forEach((document, index) => {
    if (!procedure.documents.some((d) => d.id === document.procedureDocumentId)) {
      fields[`documents.${index}.procedureDocumentId`] = message('document_not_in_procedure');
    }
  });
  procedure.documents.forEach((item) => {
    const index = documents.findIndex((d) => d.procedureDocumentId === item.id);
    const answer = documents[index];
    if (item.required && (!answer || !answer.received || answer.count < 1)) {
      fields[index >= 0 ? `documents.${index}.received` : 'documents'] = message('document_missing', { name: item.name });
    }
  });
  if (Object.keys(fields).length) {
    throw new HttpError(400, 'incomplete_dossier', message('incomplete_dossier'), fields);
  }
}

/** Every item marked as reused must point at the applicant's own scanned document of another dossier. */
async function checkReuse(tx: Queryable, input: ReceiveInput) {
  const fields: FieldMessages = {};
  for (const [index, document] of input.documents.entries()) {
    if (!document.reusedFromDocumentId) continue;
    const source = await findReuseCandidate(tx, document.reusedFromDocumentId);
    const problem = reuseProblem(source, { dossierId: null, idNumber: input.applicant.idNumber ?? null, received: document.received });
    if (problem) fields[`documents.${index}.reusedFromDocumentId`] = problem;
  }
  if (Object.keys(fields).length) throw new HttpError(400, 'validation_failed', message('validation_failed'), fields);
}

/**
 * Receives a walk-in or postal dossier at the desk: one transaction numbers it, computes
 * the appointment, writes the dossier, its checklist, the `receive` event and the receipt
 * notification. The clock starts now. An open dossier of the same applicant and procedure
 * the officer was not shown is a 409; the ones they chose to receive anyway are recorded in
 * the `receive` event.
 */
export async function receiveDossier(db: Db, input: ReceiveInput, actor: CurrentUser, now: Date) {
  if (actor.role !== 'desk_officer') throw forbidden(message('desk_only_receive'));
  const id = await db.transaction(async (tx) => {
    const calendar = await loadWorkingCalendar(tx);
    const today = calendar.localDate(now);
    const procedure = await getProcedure(tx, { id: input.procedureId }, today);
    checkDocuments(procedure, input.documents);
    const centre = await loadCentre(tx);
    if (actor.unitId !== centre.id) throw forbidden(message('desk_only_receive'));
    await checkReuse(tx, input);
    const duplicates = await findOpenDuplicates(tx, procedure.id, input.applicant);
    const unseen = duplicates.find((duplicate) => !input.acknowledgedDuplicateIds.includes(duplicate.id));
    if (unseen) throw conflict(message('duplicate_dossier_open', { code: unseen.code }), 'duplicate_dossier');
    const code = await nextDossierCode(tx, centre, today);
    const appointmentAt = calendar.appointment(now, { unit: procedure.durationUnit, amount: procedure.durationAmount });
    const book = `Sổ theo dõi hồ sơ năm ${today.slice(0, 4)}`;
    const { applicant, submitter } = input;
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO dossiers (code, unit_id, procedure_id, channel, status, applicant_name, applicant_id_number,
         applicant_phone, applicant_email, applicant_address, submitter_name, submitter_id_number, submitter_phone,
         search_text, holder_unit_id, holder_user_id, deciding_unit_id, submitted_at, received_at, appointment_at,
         original_appointment_at, sets_count, fee_amount, return_method, notes, register_book, register_number, created_at, updated_at,
         applicant_birth_date, applicant_gender, submitter_birth_date, submitter_gender, submitter_address)
       VALUES ($1, $2, $3, $4, 'received', $5, $6, $7, $8, $9, $10, $11, $12, $13, $2, $14, $15, $16, $16, $17, $17,
         $18, $19, $20, $21, $22,
         (SELECT coalesce(max(register_number), 0) + 1 FROM dossiers WHERE register_book = $22), $16, $16,
         $23, $24, $25, $26, $27)
       RETURNING id`,
      [
        code,
        centre.id,
        procedure.id,
        input.channel,
        applicant.name,
        applicant.idNumber ?? null,
        applicant.phone ?? null,
        applicant.email ?? null,
        applicant.address,
        submitter?.name ?? null,
        submitter?.idNumber ?? null,
        submitter?.phone ?? null,
        dossierSearchText({ code, applicantName: applicant.name, submitterName: submitter?.name, idNumber: applicant.idNumber, phone: applicant.phone }),
        actor.id,
        procedure.decidingUnitId,
        now,
        appointmentAt,
        input.setsCount,
        input.feeAmount,
        input.returnMethod,
        input.notes,
        book,
        applicant.dateOfBirth ?? null,
        applicant.gender ?? null,
        submitter?.dateOfBirth ?? null,
        submitter?.gender ?? null,
        submitter?.address ?? null,
      ],
    );
    const dossierId = row!.id;
    await insertChecklist(tx, dossierId, procedure, (item) => input.documents.find((d) => d.procedureDocumentId === item.id));
    const eventId = await appendEvent(tx, {
      dossierId,
      at: now,
      actor,
      action: 'receive',
      fromStatus: null,
      toStatus: 'received',
      from: null,
      to: { unitId: centre.id, userId: actor.id },
      note: input.notes,
      details: {
        channel: input.channel,
        appointmentAt: appointmentAt.toISOString(),
        // The officer was shown these open dossiers of the same applicant and procedure, and went on.
        ...(duplicates.length ? { duplicatesAcknowledged: duplicates.map((duplicate) => ({ id: duplicate.id, code: duplicate.code })) } : {}),
      },
      ...legFieldsOfStep(calendar, 'receive', now, { receivedAt: now, appointmentAt }, null, procedure.legShares),
    });
    await queueApplicantNotifications(tx, {
      dossierId,
      eventId,
      template: 'received',
      phone: applicant.phone ?? null,
      email: applicant.email ?? null,
      data: {
        code,
        procedure: procedure.name,
        applicant: applicant.name,
        centre: centre.name,
        receivedAt: formatDateTime(now),
        appointmentAt: formatDateTime(appointmentAt),
      },
      now,
    });
    return dossierId;
  });
  return getDossier(db, id, now, actor);
}

