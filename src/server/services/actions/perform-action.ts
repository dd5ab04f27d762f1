import type { Db, Queryable } from '../../db/db.ts';
import type { DossierAction } from '../../../domain/dossier-lifecycle.ts';
import { isAllowedFrom, nextStatus } from '../../../domain/dossier-lifecycle.ts';
import { checkAction } from '../../../domain/permissions.ts';
import { legFieldsOfStep, nonHandoffActions } from '../../../domain/control-slip.ts';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import { conflict, forbidden, notFound, staleVersion, validationError } from '../../http/errors.ts';
import { loadWorkingCalendar } from '../calendar-service.ts';
import { queueApplicantNotifications } from '../../notifications/outbox.ts';
import { getDossier } from '../dossier-queries.ts';
import type { ActionEffect, ActionHandler, LockedDossier } from './action-types.ts';
import { message } from '../../../domain/messages.ts';

const lockSql = `SELECT d.id, d.code, d.unit_id, d.status, d.version, d.channel, d.holder_unit_id, d.holder_user_id,
    d.deciding_unit_id, d.procedure_id, p.name AS procedure_name, p.duration_unit, p.duration_amount, p.supplement_clock, p.leg_shares,
    d.submitted_at, d.received_at, d.appointment_at, d.original_appointment_at, d.paused_at, d.paused_working_ms,
    d.supplement_count, d.supplement_deadline_at, d.apology_count,
    d.applicant_name, d.applicant_phone, d.applicant_email, d.fee_amount, d.fee_paid_amount, d.fee_paid_at, p.fee_due,
    EXISTS (SELECT 1 FROM dossier_ratings r WHERE r.dossier_id = d.id) AS rated
  FROM dossiers d JOIN procedures p ON p.id = d.procedure_id
  WHERE d.id = $1 FOR UPDATE OF d`;

export async function lockDossier(tx: Queryable, id: string): Promise<LockedDossier> {
  const [row] = await tx.query<Record<string, unknown>>(lockSql, [id]);
  if (!row) throw notFound(message('dossier_not_found'));
  return {
    id: row.id as string,
    code: row.code as string,
    unitId: row.unit_id as string,
    status: row.status as LockedDossier['status'],
    version: row.version as number,
    channel: row.channel as LockedDossier['channel'],
    holderUnitId: row.holder_unit_id as string,
    holderUserId: row.holder_user_id as string | null,
    decidingUnitId: row.deciding_unit_id as string,
    procedureId: row.procedure_id as string,
    procedureName: row.procedure_name as string,
    durationUnit: row.duration_unit as LockedDossier['durationUnit'],
    durationAmount: row.duration_amount as number,
    supplementClock: row.supplement_clock as LockedDossier['supplementClock'],
    legShares: row.leg_shares as LockedDossier['legShares'],
    submittedAt: row.submitted_at as Date | null,
    receivedAt: row.received_at as Date | null,
    appointmentAt: row.appointment_at as Date | null,
    originalAppointmentAt: row.original_appointment_at as Date | null,
    pausedAt: row.paused_at as Date | null,
    supplementDeadlineAt: row.supplement_deadline_at as Date | null,
    apologyCount: row.apology_count as number,
    pausedWorkingMs: Number(row.paused_working_ms),
    supplementCount: row.supplement_count as number,
    applicantName: row.applicant_name as string,
    applicantPhone: row.applicant_phone as string | null,
    applicantEmail: row.applicant_email as string | null,
    feeAmount: row.fee_amount as number,
    feePaidAmount: row.fee_paid_amount as number,
    feePaidAt: row.fee_paid_at as Date | null,
    feeDue: row.fee_due as LockedDossier['feeDue'],
    rated: row.rated as boolean,
  };
}

export async function loadCentre(tx: Queryable) {
  const [centre] = await tx.query<{ id: string; name: string; code: string }>("SELECT id, name, code FROM units WHERE kind = 'centre' ORDER BY created_at LIMIT 1");
  if (!centre) throw new Error('No centre unit: reference data missing');
  return centre;
}

/** Writes the next event of a dossier (the history and the control slip). Returns its id. */
export async function appendEvent(
  tx: Queryable,
  event: {
    dossierId: string;
    at: Date;
    actor: CurrentUser | null;
    action: DossierAction;
    fromStatus: string | null;
    toStatus: string;
    from: { unitId: string; userId: string | null } | null;
    to: { unitId: string; userId: string | null };
    note: string;
    details?: Record<string, unknown>;
    legDeadlineAt?: Date | null;
    legResult?: 'early' | 'on_time' | 'late' | null;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO dossier_events (dossier_id, seq, at, actor_user_id, actor_role, action, from_status, to_status,
       from_unit_id, from_user_id, to_unit_id, to_user_id, note, details, leg_deadline_at, leg_result)
     VALUES ($1, (SELECT coalesce(max(seq), 0) + 1 FROM dossier_events WHERE dossier_id = $1), $2, $3, $4, $5, $6, $7,
       $8, $9, $10, $11, $12, $13, $14, $15)
     RETURNING id`,
    [
      event.dossierId,
      event.at,
      event.actor?.id ?? null,
      event.actor?.role ?? null,
      event.action,
      event.fromStatus,
      event.toStatus,
      event.from?.unitId ?? null,
      event.from?.userId ?? null,
      event.to.unitId,
      event.to.userId,
      event.note,
      JSON.stringify(event.details ?? {}),
      event.legDeadlineAt ?? null,
      event.legResult ?? null,
    ],
  );
  return row!.id;
}

const columnName = /^[a-z_]+$/;

async function applyEffect(tx: Queryable, dossier: LockedDossier, toStatus: string, effect: ActionEffect, now: Date) {
  const set: Record<string, unknown> = {
    ...effect.set,
    status: toStatus,
    holder_unit_id: effect.holder.unitId,
    holder_user_id: effect.holder.userId,
    updated_at: now,
  };
  const columns = Object.keys(set);
  if (!columns.every((c) => columnName.test(c))) throw new Error(`Bad column in action effect: ${columns.join(',')}`);
  const assignments = columns.map((column, index) => `${column} = $${index + 3}`);
  const updated = await tx.query(
    `UPDATE dossiers SET ${assignments.join(', ')}, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`,
    [dossier.id, dossier.version, ...columns.map((c) => set[c])],
  );
  if (updated.length !== 1) throw staleVersion();
}

export interface ActionRequest {
  dossierId: string;
  handler: ActionHandler;
  version: number;
  body: unknown;
  actor: CurrentUser | null;
  now: Date;
}

/** Deadline of the leg the last handoff started: the leg this step ends (control slip). */
async function runningLegDeadline(tx: Queryable, dossierId: string): Promise<Date | null> {
  const [row] = await tx.query<{ leg_deadline_at: Date | null }>(
    `SELECT leg_deadline_at FROM dossier_events WHERE dossier_id = $1 AND action <> ALL($2::text[])
     ORDER BY seq DESC LIMIT 1`,
    [dossierId, [...nonHandoffActions]],
  );
  return row?.leg_deadline_at ?? null;
}

/**
 * One step of the lifecycle inside a transaction: lock the dossier, check the version the
 * user saw, the state machine and the actor's right to act, let the action decide its
 * effect, then write the dossier, one event and any notification.
 */
export async function performActionInTransaction(tx: Queryable, request: ActionRequest): Promise<void> {
  const { handler, actor, now } = request;
  const parsed = handler.input.safeParse(request.body);
  if (!parsed.success) throw validationError(parsed.error);
  const dossier = await lockDossier(tx, request.dossierId);
  if (dossier.version !== request.version) throw staleVersion();
  if (!isAllowedFrom(handler.action, dossier.status)) {
    throw conflict(message('action_not_allowed_now'), 'invalid_transition');
  }
  // A person must also have the role and hold the dossier; the system (portal) acts on status alone.
  if (actor) {
    const check = checkAction(handler.action, dossier, actor, now);
    if (!check.ok) throw check.kind === 'status' ? conflict(check.message, 'invalid_transition') : forbidden(check.message);
  }
  const [calendar, centre] = await Promise.all([loadWorkingCalendar(tx), loadCentre(tx)]);
  const effect = await handler.apply({ tx, dossier, actor, input: parsed.data, now, calendar, centre });
  const toStatus = nextStatus(handler.action, dossier.status);
  await applyEffect(tx, dossier, toStatus, effect, now);

  // A handoff ends the running leg; a transfer carries it on (legContinuingActions).
  const handoff = !nonHandoffActions.has(handler.action);
  const endingDeadline = handoff ? await runningLegDeadline(tx, dossier.id) : null;
  const receivedAt = (effect.set?.received_at as Date | undefined) ?? dossier.receivedAt;
  const appointmentAt = (effect.set?.appointment_at as Date | undefined) ?? dossier.appointmentAt;
  const leg = legFieldsOfStep(calendar, handler.action, now, { receivedAt, appointmentAt }, endingDeadline, dossier.legShares);
  const eventId = await appendEvent(tx, {
    dossierId: dossier.id,
    at: now,
    actor,
    action: handler.action,
    fromStatus: dossier.status,
    toStatus,
    from: { unitId: dossier.holderUnitId, userId: dossier.holderUserId },
    to: effect.holder,
    note: effect.note,
    details: effect.details,
    ...leg,
  });
  if (effect.notify) {
    await queueApplicantNotifications(tx, {
      dossierId: dossier.id,
      eventId,
      template: effect.notify.template,
      phone: dossier.applicantPhone,
      email: dossier.applicantEmail,
      data: { code: dossier.code, procedure: dossier.procedureName, applicant: dossier.applicantName, centre: centre.name, ...effect.notify.data },
      now,
    });
  }
  await effect.after?.(eventId);
}

/** Runs one action as its own transaction and returns the dossier as it now is. */
export async function performAction(db: Db, request: ActionRequest) {
  await db.transaction((tx) => performActionInTransaction(tx, request));
  return getDossier(db, request.dossierId, request.now, request.actor ?? undefined);
}

/** Runs the same kind of action on several dossiers in one transaction: all succeed or none does. */
export async function performBulkAction(db: Db, requests: ActionRequest[]) {
  await db.transaction(async (tx) => {
    for (const request of requests) await performActionInTransaction(tx, request);
  });
}
