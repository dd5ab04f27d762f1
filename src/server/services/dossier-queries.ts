import type { Queryable } from '../db/db.ts';
import type { DossierAttachment, DossierDetail, DossierEvent, DossierListItem, DossierNotification } from '../../domain/schemas/dossier.ts';
import type { DossierListQuery } from '../../domain/schemas/dossier-query.ts';
import type { HolderRef } from '../../domain/schemas/common.ts';
import { dossierStatuses, nationalStatusCode, type DossierStatus } from '../../domain/dossier-status.ts';
import { dossierDueState } from '../../domain/due-state.ts';
import { defaultListOrder } from '../../domain/queues.ts';
import { isTimedStatus } from '../../domain/indicators.ts';
import type { WorkingCalendar } from '../../domain/working-time.ts';
import { loadWorkingCalendar } from './calendar-service.ts';
import { dossierConditions, keptCount, keptStatusCounts } from './dossier-filters.ts';
import { resolveSearch } from './search.ts';
import { notFound } from '../http/errors.ts';
import { availableActions } from '../../domain/permissions.ts';
import { personActions } from '../../domain/dossier-lifecycle.ts';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import { message } from '../../domain/messages.ts';
import { dossierDigitisation } from '../../domain/digitisation.ts';
import type { Gender } from '../../domain/gender.ts';
import { loadChecklist } from './digitisation.ts';
import { feeState, isPaidOnline, type FeeDue, type FeeLine } from '../../domain/fees.ts';
import type { FeePayment } from '../../domain/schemas/fees.ts';
import type { DossierRating } from '../../domain/schemas/ratings.ts';

interface ListRow {
  id: string;
  code: string;
  status: DossierStatus;
  channel: DossierListItem['channel'];
  applicant_name: string;
  procedure_code: string;
  procedure_name: string;
  holder_unit_id: string;
  holder_unit_name: string;
  holder_unit_short_name: string;
  holder_user_id: string | null;
  holder_user_name: string | null;
  received_at: Date | null;
  submitted_at: Date | null;
  appointment_at: Date | null;
  version: number;
}

const listColumns = `d.id, d.code, d.status, d.channel, d.applicant_name, p.code AS procedure_code, p.name AS procedure_name,
  d.holder_unit_id, hu.name AS holder_unit_name, hu.short_name AS holder_unit_short_name, d.holder_user_id, hp.full_name AS holder_user_name,
  d.received_at, d.submitted_at, d.appointment_at, d.version`;
const listJoins = `FROM dossiers d
  JOIN procedures p ON p.id = d.procedure_id
  JOIN units hu ON hu.id = d.holder_unit_id
  LEFT JOIN users hp ON hp.id = d.holder_user_id`;

const sortColumns: Record<NonNullable<DossierListQuery['sort']>, string> = {
  received_at: 'coalesce(d.received_at, d.submitted_at)',
  appointment_at: 'd.appointment_at',
  code: 'd.code',
  applicant_name: 'd.applicant_name',
  status: 'd.status',
};

const iso = (value: Date | null) => (value ? value.toISOString() : null);

function toListItem(row: ListRow, calendar: WorkingCalendar, now: Date, pausedAt: Date | null = null): DossierListItem {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    nationalStatusCode: nationalStatusCode[row.status],
    channel: row.channel,
    applicantName: row.applicant_name,
    procedureCode: row.procedure_code,
    procedureName: row.procedure_name,
    holder: {
      unitId: row.holder_unit_id,
      unitName: row.holder_unit_name,
      unitShortName: row.holder_unit_short_name,
      userId: row.holder_user_id,
      userName: row.holder_user_name,
    },
    receivedAt: iso(row.received_at),
    submittedAt: iso(row.submitted_at),
    appointmentAt: iso(row.appointment_at),
    dueState: dossierDueState(calendar, { status: row.status, appointmentAt: row.appointment_at, pausedAt }, now),
    version: row.version,
  };
}

/** Lists count exactly up to this many dossiers. */
export const LIST_TOTAL_CAP = 10_000;
/**
 * A name search counts up to this many: a common name matches tens of thousands of a
 * province's dossiers ("nguyen van": 40,000 of a million), counting them costs far more than
 * the page (to 1,000: 15–19 ms; to 200: 4–6 ms), and past ten pages the officer adds a word
 * or a filter anyway.
 */
export const SEARCH_TOTAL_CAP = 200;

export async function listDossiers(db: Queryable, query: DossierListQuery, user: CurrentUser, now: Date) {
  const calendar = await loadWorkingCalendar(db);
  const search = await resolveSearch(db, query.q);
  const conditions = dossierConditions(query, user, now, calendar, search);
  const cap = search?.kind === 'words' || search?.kind === 'text' ? SEARCH_TOTAL_CAP : LIST_TOTAL_CAP;
  const { params } = conditions;
  const wanted = query.sort ? { sort: query.sort, order: query.order ?? 'desc' } : defaultListOrder(query.queue);
  const order = wanted.order === 'asc' ? 'ASC' : 'DESC';
  const values: unknown[] = [...params, query.pageSize, (query.page - 1) * query.pageSize];
  const limit = `$${params.length + 1}`;
  const offset = `$${params.length + 2}`;
  let orderBy = `ORDER BY ${sortColumns[wanted.sort]} ${order} NULLS LAST, d.code ${order}`;
  // The page, picked from `dossiers` alone (the list-order indexes serve it).
  let page = `SELECT d.* FROM dossiers d ${conditions.where} ${orderBy} LIMIT ${limit} OFFSET ${offset}`;
  if (wanted.sort === 'appointment_at') {
    // Most urgent first: late dossiers (running clock, appointment passed), then by
    // appointment; ties, and dossiers without an appointment yet, by arrival.
    const byAppointment = `d.appointment_at ${order} NULLS LAST, ${sortColumns.received_at} ${order} NULLS LAST, d.code ${order}`;
    orderBy = `ORDER BY ${byAppointment}`;
    page = `SELECT d.* FROM dossiers d ${conditions.where} ${orderBy} LIMIT ${limit} OFFSET ${offset}`;
    // One status: its index (migration 043) gives the rows in this order, late ones first
    // when its clock runs (their appointment has passed). Several: the page is cut from
    // parts that each come in index order, one per status, and for a status whose clock
    // runs its late dossiers, the others, and any without an appointment.
    const statuses = conditions.statuses ?? dossierStatuses;
    if (statuses.length > 1) {
      values.push(query.page * query.pageSize);
      const throughPage = `$${values.length}`;
      // The instant "late" is measured at, when a part needs it.
      let at = '';
      if (statuses.some(isTimedStatus)) at = `$${values.push(now)}`;
      const where = conditions.where ? `${conditions.where} AND` : 'WHERE';
      const parts = statuses.flatMap((status): { urgency: 0 | 1; condition: string }[] => {
        values.push(status);
        const is = `d.status = $${values.length}`;
        if (!isTimedStatus(status)) return [{ urgency: 1, condition: is }];
        return [
          { urgency: 0, condition: `${is} AND d.appointment_at < ${at}` },
          { urgency: 1, condition: `${is} AND d.appointment_at >= ${at}` },
          { urgency: 1, condition: `${is} AND d.appointment_at IS NULL` },
        ];
      });
      const part = ({ urgency, condition }: { urgency: 0 | 1; condition: string }) =>
        `(SELECT d.*, ${urgency} AS urgency FROM dossiers d ${where} ${condition} ORDER BY ${byAppointment} LIMIT ${throughPage})`;
      orderBy = `ORDER BY d.urgency ${order}, ${byAppointment}`;
      page = `SELECT d.* FROM (${parts.map(part).join(' UNION ALL ')}) d ${orderBy} LIMIT ${limit} OFFSET ${offset}`;
    }
  }
  // Then the names are joined to the page's rows.
  const rows = await db.query<ListRow & { paused_at: Date | null }>(
    `SELECT ${listColumns}, d.paused_at
     ${listJoins.replace('FROM dossiers d', `FROM (${page}) d`)}
     ${orderBy}`,
    values,
  );
  // A page that is not full ends the list, so the total is known. Otherwise count, but
  // counting a year of dossiers exactly costs more than the page itself: past the cap the
  // list says "more than 10,000" (1,000 for a name search) and the officer narrows it.
  const skipped = (query.page - 1) * query.pageSize;
  let counted = skipped + rows.length;
  if (rows.length === query.pageSize || (rows.length === 0 && query.page > 1)) {
    // A queue of whole statuses (to return, awaiting supplement, …) reads the counts the
    // database keeps per status in the same transactions, instead of counting rows.
    if (conditions.onlyStatuses) counted = keptCount(conditions, await keptStatusCounts(db));
    else {
      const [row] = await db.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM (SELECT 1 FROM dossiers d ${conditions.where} LIMIT ${cap + 1}) capped`,
        params,
      );
      counted = row?.total ?? 0;
    }
  }
  return {
    items: rows.map((row) => toListItem(row, calendar, now, row.paused_at)),
    total: Math.min(counted, cap),
    totalCapped: counted > cap,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Dossiers matching a fixed condition (not the list's filters), newest first, as list
 * items, each with the extra columns asked for (the person's page).
 */
export async function listDossiersWhere(
  db: Queryable,
  query: { where: string; params: readonly unknown[]; extraColumns?: string; limit: number },
  now: Date,
): Promise<{ item: DossierListItem; extra: Record<string, unknown> }[]> {
  const calendar = await loadWorkingCalendar(db);
  const rows = await db.query<ListRow & { paused_at: Date | null } & Record<string, unknown>>(
    `SELECT ${listColumns}, d.paused_at${query.extraColumns ? `, ${query.extraColumns}` : ''}
     ${listJoins}
     WHERE (${query.where})
     ORDER BY ${sortColumns.received_at} DESC NULLS LAST, d.code DESC
     LIMIT ${Math.trunc(query.limit)}`,
    [...query.params],
  );
  return rows.map((row) => ({ item: toListItem(row, calendar, now, row.paused_at), extra: row }));
}

interface DetailRow extends ListRow {
  procedure_id: string;
  field_name: string;
  duration_unit: DossierDetail['duration']['unit'];
  duration_amount: number;
  deciding_unit_id: string;
  deciding_unit_name: string;
  applicant_id_number: string | null;
  applicant_birth_date: string | null;
  applicant_gender: Gender | null;
  applicant_phone: string | null;
  applicant_email: string | null;
  applicant_address: string;
  submitter_name: string | null;
  submitter_id_number: string | null;
  submitter_birth_date: string | null;
  submitter_gender: Gender | null;
  submitter_phone: string | null;
  submitter_address: string | null;
  original_appointment_at: Date | null;
  supplement_count: number;
  supplement_deadline_at: Date | null;
  paused_at: Date | null;
  fee_amount: number;
  fee_paid_amount: number;
  fee_paid_at: Date | null;
  fee_due: FeeDue;
  fee_lines: FeeLine[];
  return_method: DossierDetail['returnMethod'];
  result_kind: 'granted' | 'denied' | null;
  result_number: string | null;
  result_summary: string | null;
  decided_at: Date | null;
  finished_at: Date | null;
  returned_at: Date | null;
  notes: string;
  sets_count: number;
  register_book: string | null;
  register_number: number | null;
  portal_submission_id: string | null;
}

interface EventRow {
  id: string;
  seq: number;
  at: Date;
  action: DossierEvent['action'];
  actor_name: string | null;
  actor_role: DossierEvent['actorRole'];
  from_status: DossierStatus | null;
  to_status: DossierStatus;
  from_unit_id: string | null;
  from_unit_name: string | null;
  from_unit_short_name: string | null;
  from_user_id: string | null;
  from_user_name: string | null;
  to_unit_id: string | null;
  to_unit_name: string | null;
  to_unit_short_name: string | null;
  to_user_id: string | null;
  to_user_name: string | null;
  note: string;
  details: Record<string, unknown>;
  leg_deadline_at: Date | null;
  leg_result: DossierEvent['legResult'];
}

function holder(unitId: string | null, unitName: string | null, unitShortName: string | null, userId: string | null, userName: string | null): HolderRef | null {
  if (!unitId || !unitName) return null;
  return { unitId, unitName, unitShortName: unitShortName ?? unitName, userId, userName };
}

export async function getDossier(db: Queryable, id: string, now: Date, viewer?: CurrentUser): Promise<DossierDetail> {
  const [row] = await db.query<DetailRow>(
    `SELECT ${listColumns}, d.procedure_id, f.name AS field_name, p.duration_unit, p.duration_amount,
       d.deciding_unit_id, du.name AS deciding_unit_name, d.applicant_id_number, d.applicant_phone, d.applicant_email,
       d.applicant_address, d.submitter_name, d.submitter_id_number, d.submitter_phone, d.original_appointment_at,
       to_char(d.applicant_birth_date, 'YYYY-MM-DD') AS applicant_birth_date, d.applicant_gender,
       to_char(d.submitter_birth_date, 'YYYY-MM-DD') AS submitter_birth_date, d.submitter_gender, d.submitter_address,
       d.supplement_count, d.supplement_deadline_at, d.paused_at, d.fee_amount, d.fee_paid_amount, d.fee_paid_at, p.fee_due, p.fee_lines,
       d.return_method, d.result_kind,
       d.result_number, d.result_summary, d.decided_at, d.finished_at, d.returned_at, d.notes,
       d.sets_count, d.register_book, d.register_number, d.portal_submission_id
     ${listJoins}
     JOIN fields f ON f.id = p.field_id
     JOIN units du ON du.id = d.deciding_unit_id
     WHERE d.id = $1`,
    [id],
  );
  if (!row) throw notFound(message('dossier_not_found'));
  const events = await db.query<EventRow>(
    `SELECT e.id, e.seq, e.at, e.action, a.full_name AS actor_name, e.actor_role, e.from_status, e.to_status,
       e.from_unit_id, fu.name AS from_unit_name, fu.short_name AS from_unit_short_name, e.from_user_id, fp.full_name AS from_user_name,
       e.to_unit_id, tu.name AS to_unit_name, tu.short_name AS to_unit_short_name, e.to_user_id, tp.full_name AS to_user_name,
       e.note, e.details, e.leg_deadline_at, e.leg_result
     FROM dossier_events e
     LEFT JOIN users a ON a.id = e.actor_user_id
     LEFT JOIN units fu ON fu.id = e.from_unit_id
     LEFT JOIN users fp ON fp.id = e.from_user_id
     LEFT JOIN units tu ON tu.id = e.to_unit_id
     LEFT JOIN users tp ON tp.id = e.to_user_id
     WHERE e.dossier_id = $1 ORDER BY e.seq`,
    [id],
  );
  const attachments = await db.query<{ id: string; dossier_document_id: string | null; kind: DossierAttachment['kind']; file_name: string; content_type: string; size_bytes: number; uploaded_at: Date; uploaded_by_name: string | null }>(
    `SELECT a.id, a.dossier_document_id, a.kind, a.file_name, a.content_type, a.size_bytes, a.uploaded_at, u.full_name AS uploaded_by_name
     FROM attachments a LEFT JOIN users u ON u.id = a.uploaded_by WHERE a.dossier_id = $1 ORDER BY a.uploaded_at, a.file_name`,
    [id],
  );
  const documents = await loadChecklist(db, id, attachments.map((a) => ({ dossierDocumentId: a.dossier_document_id })));
  const notifications = await db.query<{ id: string; channel: DossierNotification['channel']; recipient: string; template: string; subject: string; body: string; status: DossierNotification['status']; created_at: Date; sent_at: Date | null }>(
    `SELECT id, channel, recipient, template, subject, body, status, created_at, sent_at
     FROM notifications WHERE dossier_id = $1 ORDER BY created_at, channel`,
    [id],
  );
  const payments = await dossierPayments(db, id);
  const rating = await dossierRating(db, id);
  const calendar = await loadWorkingCalendar(db);
  return {
    ...toListItem(row, calendar, now, row.paused_at),
    procedureId: row.procedure_id,
    fieldName: row.field_name,
    duration: { unit: row.duration_unit, amount: row.duration_amount },
    decidingUnit: { id: row.deciding_unit_id, name: row.deciding_unit_name },
    applicant: {
      name: row.applicant_name,
      idNumber: row.applicant_id_number,
      dateOfBirth: row.applicant_birth_date,
      gender: row.applicant_gender,
      phone: row.applicant_phone,
      email: row.applicant_email,
      address: row.applicant_address,
    },
    submitter: row.submitter_name
      ? {
          name: row.submitter_name,
          idNumber: row.submitter_id_number,
          dateOfBirth: row.submitter_birth_date,
          gender: row.submitter_gender,
          phone: row.submitter_phone,
          address: row.submitter_address,
        }
      : null,
    originalAppointmentAt: iso(row.original_appointment_at),
    supplementCount: row.supplement_count,
    supplementDeadlineAt: iso(row.supplement_deadline_at),
    pausedAt: iso(row.paused_at),
    feeAmount: row.fee_amount,
    fee: {
      amount: row.fee_amount,
      paidAmount: row.fee_paid_amount,
      state: feeState(row.fee_amount, row.fee_paid_amount),
      due: row.fee_due,
      paidAt: iso(row.fee_paid_at),
      paidOnline: isPaidOnline(payments),
      lines: row.fee_lines,
    },
    payments,
    rating,
    returnMethod: row.return_method,
    result: row.result_kind ? { kind: row.result_kind, number: row.result_number, summary: row.result_summary, decidedAt: iso(row.decided_at) } : null,
    finishedAt: iso(row.finished_at),
    returnedAt: iso(row.returned_at),
    notes: row.notes,
    setsCount: row.sets_count,
    registerBook: row.register_book,
    registerNumber: row.register_number,
    portalSubmissionId: row.portal_submission_id,
    documents,
    digitisation: dossierDigitisation({
      documents,
      decided: row.decided_at !== null,
      resultFileCount: attachments.filter((a) => a.kind === 'result').length,
    }),
    attachments: attachments.map((a) => ({
      id: a.id,
      dossierDocumentId: a.dossier_document_id,
      kind: a.kind,
      fileName: a.file_name,
      contentType: a.content_type,
      sizeBytes: a.size_bytes,
      uploadedAt: a.uploaded_at.toISOString(),
      uploadedByName: a.uploaded_by_name,
    })),
    notifications: notifications.map((n) => ({
      id: n.id,
      channel: n.channel,
      recipient: n.recipient,
      template: n.template,
      subject: n.subject,
      body: n.body,
      status: n.status,
      createdAt: n.created_at.toISOString(),
      sentAt: iso(n.sent_at),
    })),
    availableActions: viewer
      ? availableActions(
          personActions,
          {
            status: row.status,
            holderUnitId: row.holder_unit_id,
            holderUserId: row.holder_user_id,
            appointmentAt: row.appointment_at,
            supplementDeadlineAt: row.supplement_deadline_at,
            feeAmount: row.fee_amount,
            feePaidAmount: row.fee_paid_amount,
            rated: rating !== null,
          },
          viewer,
          now,
        )
      : [],
    events: events.map((e) => ({
      id: e.id,
      seq: e.seq,
      at: e.at.toISOString(),
      action: e.action,
      actorName: e.actor_name,
      actorRole: e.actor_role,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      fromHolder: holder(e.from_unit_id, e.from_unit_name, e.from_unit_short_name, e.from_user_id, e.from_user_name),
      toHolder: holder(e.to_unit_id, e.to_unit_name, e.to_unit_short_name, e.to_user_id, e.to_user_name),
      note: e.note,
      details: e.details,
      legDeadlineAt: iso(e.leg_deadline_at),
      legResult: e.leg_result,
    })),
  };
}

/** The payments of a dossier, oldest first. */
export async function dossierPayments(db: Queryable, dossierId: string): Promise<FeePayment[]> {
  const rows = await db.query<{
    id: string;
    event_id: string;
    amount: number;
    method: FeePayment['method'];
    receipt_number: string | null;
    portal_transaction_id: string | null;
    payer_name: string;
    paid_at: Date;
    recorded_by_name: string | null;
    recorded_at: Date;
    note: string;
  }>(
    `SELECT fp.id, fp.event_id, fp.amount, fp.method, fp.receipt_number, fp.portal_transaction_id, fp.payer_name, fp.paid_at,
       u.full_name AS recorded_by_name, fp.recorded_at, fp.note
     FROM fee_payments fp JOIN dossier_events e ON e.id = fp.event_id LEFT JOIN users u ON u.id = fp.recorded_by
     WHERE fp.dossier_id = $1 ORDER BY fp.paid_at, e.seq`,
    [dossierId],
  );
  return rows.map((p) => ({
    id: p.id,
    eventId: p.event_id,
    amount: p.amount,
    method: p.method,
    receiptNumber: p.receipt_number,
    transactionId: p.portal_transaction_id,
    payerName: p.payer_name,
    paidAt: p.paid_at.toISOString(),
    recordedByName: p.recorded_by_name,
    recordedAt: p.recorded_at.toISOString(),
    note: p.note,
  }));
}

async function dossierRating(db: Queryable, dossierId: string): Promise<DossierRating | null> {
  const [row] = await db.query<{ level: number; comment: string; channel: DossierRating['channel']; rated_at: Date }>(
    'SELECT level, comment, channel, rated_at FROM dossier_ratings WHERE dossier_id = $1',
    [dossierId],
  );
  return row ? { level: row.level, comment: row.comment, channel: row.channel, ratedAt: row.rated_at.toISOString() } : null;
}
