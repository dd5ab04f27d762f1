import type { NumberedDossier } from './finalize.ts';
import type { DemoContext } from './types.ts';

/** The `dossiers` row of a generated dossier, in the column names of `dossierColumns`. */
export function toDossierRow(context: DemoContext, d: NumberedDossier): Record<string, unknown> {
  const { state, scenario, applicant, submitter, events } = d;
  const first = events[0]!;
  const last = events[events.length - 1]!;
  return {
    id: d.id,
    code: d.code,
    unit_id: context.centre.id,
    procedure_id: scenario.procedure.id,
    channel: scenario.channel,
    portal_submission_id: d.portalSubmissionId,
    status: state.status,
    applicant_name: applicant.name,
    applicant_id_number: applicant.idNumber,
    applicant_phone: applicant.phone,
    applicant_email: applicant.email,
    applicant_address: applicant.address,
    submitter_name: submitter?.name ?? null,
    submitter_id_number: submitter?.idNumber ?? null,
    submitter_phone: submitter?.phone ?? null,
    search_text: d.searchText,
    holder_unit_id: state.holderUnitId,
    holder_user_id: state.holderUserId,
    deciding_unit_id: scenario.procedure.decidingUnitId,
    submitted_at: state.submittedAt,
    received_at: state.receivedAt,
    appointment_at: state.appointmentAt,
    original_appointment_at: state.originalAppointmentAt,
    paused_at: state.pausedAt,
    paused_working_ms: state.pausedWorkingMs,
    processing_working_ms: state.processingWorkingMs,
    supplement_count: state.supplementCount,
    supplement_deadline_at: state.supplementDeadlineAt,
    apology_count: state.apologyCount,
    sets_count: d.setsCount,
    fee_amount: d.feeAmount,
    fee_paid: d.feeAmount > 0 && state.receivedAt !== null,
    return_method: scenario.returnMethod,
    result_kind: state.resultKind,
    result_number: d.resultNumber,
    result_summary: state.resultSummary,
    decided_at: state.decidedAt,
    finished_at: state.finishedAt,
    returned_at: state.returnedAt,
    returned_to: d.returnedTo,
    notes: '',
    register_book: d.registerBook,
    register_number: d.registerNumber,
    version: events.length,
    created_at: state.submittedAt && state.submittedAt < first.at ? state.submittedAt : first.at,
    updated_at: last.at,
  };
}
