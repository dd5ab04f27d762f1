import type { z } from 'zod';
import type { Db, Queryable } from '../../db/db.ts';
import { closedStatuses } from '../../../domain/dossier-status.ts';
import { message } from '../../../domain/messages.ts';
import { mayTakeOver, roleFitsUnit, type Role, type UnitKind } from '../../../domain/roles.ts';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import type { AdminUser, HeldDossier, TransferDossiers, UserCreate, UserUpdate } from '../../../domain/schemas/admin-users.ts';
import { hashPassword } from '../../auth/password.ts';
import { newOneTimePassword } from '../../auth/one-time-password.ts';
import { conflict, fieldError, HttpError, notFound } from '../../http/errors.ts';
import { appendAudit } from '../audit.ts';
import { performActionInTransaction } from '../actions/perform-action.ts';
import { transferHolder } from '../actions/admin-actions.ts';
import { requireAdmin, staleRecord } from './access.ts';

const closed = [...closedStatuses];

/** Open dossiers a user holds, or handles while they wait elsewhere (a supplement, an approval). */
const heldCondition = `d.status <> ALL($2::text[]) AND (d.holder_user_id = $1 OR d.handler_user_id = $1)`;

interface UserRow {
  id: string;
  username: string;
  full_name: string;
  title: string;
  role: Role;
  unit_id: string;
  unit_name: string;
  unit_kind: UnitKind;
  phone: string | null;
  email: string | null;
  active: boolean;
  must_change_password: boolean;
  version: number;
  held: number;
  last_sign_in: Date | null;
}

async function userRows(db: Queryable, id?: string): Promise<UserRow[]> {
  return db.query<UserRow>(
    `SELECT u.id, u.username, u.full_name, u.title, u.role, u.unit_id, un.name AS unit_name, un.kind AS unit_kind, u.phone, u.email,
       u.active, u.must_change_password, u.version,
       (SELECT count(*) FROM dossiers d WHERE d.status <> ALL($2::text[]) AND (d.holder_user_id = u.id OR d.handler_user_id = u.id))::int AS held,
       (SELECT max(a.at) FROM audit_log a WHERE a.actor_user_id = u.id AND a.action = 'auth.sign_in') AS last_sign_in
     FROM users u JOIN units un ON un.id = u.unit_id
     WHERE ($1::uuid IS NULL OR u.id = $1::uuid)
     ORDER BY u.active DESC, CASE un.kind WHEN 'centre' THEN 0 ELSE 1 END, un.name, u.full_name`,
    [id ?? null, closed],
  );
}

function toAdminUser(row: UserRow): AdminUser {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    title: row.title,
    role: row.role,
    unitId: row.unit_id,
    unitName: row.unit_name,
    phone: row.phone,
    email: row.email,
    active: row.active,
    mustChangePassword: row.must_change_password,
    version: row.version,
    heldDossierCount: row.held,
    lastSignInAt: row.last_sign_in?.toISOString() ?? null,
  };
}

/** What the log keeps of an account: never its password. */
function snapshot(row: Pick<UserRow, 'username' | 'full_name' | 'title' | 'role' | 'unit_name' | 'phone' | 'email' | 'active'>) {
  return { username: row.username, fullName: row.full_name, title: row.title, role: row.role, unit: row.unit_name, phone: row.phone, email: row.email, active: row.active };
}

async function lockedUser(tx: Queryable, id: string, version: number): Promise<UserRow> {
  await tx.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [id]);
  const [row] = await userRows(tx, id);
  if (!row) throw notFound(message('user_not_found'));
  if (row.version !== version) throw staleRecord();
  return row;
}

async function checkUnit(tx: Queryable, role: Role, unitId: string) {
  const [unit] = await tx.query<{ kind: UnitKind; active: boolean }>('SELECT kind, active FROM units WHERE id = $1', [unitId]);
  if (!unit) throw fieldError('unitId', message('unit_not_found'));
  if (!unit.active) throw fieldError('unitId', message('unit_inactive'));
  if (!roleFitsUnit(role, unit.kind)) throw fieldError('unitId', message('role_unit_mismatch'));
}

/** The last active administrator stays one: nobody can lock out the administration. */
async function checkNotLastAdmin(tx: Queryable, user: UserRow) {
  if (user.role !== 'admin' || !user.active) return;
  const [others] = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND active AND id <> $1", [user.id]);
  if (!others || others.n === 0) throw conflict(message('last_admin'));
}

function holdsDossiers(user: UserRow) {
  return new HttpError(409, 'holds_dossiers', message('user_holds_dossiers', { count: user.held }));
}

const label = (row: Pick<UserRow, 'username' | 'full_name'>) => `${row.username} (${row.full_name})`;

export async function listAdminUsers(db: Queryable, actor: CurrentUser): Promise<AdminUser[]> {
  requireAdmin(actor);
  return (await userRows(db)).map(toAdminUser);
}

/**
 * A new account with a one-time password, shown once to the administrator and changed at
 * the first sign-in. Returns the account and the password.
 */
export async function createUser(db: Db, actor: CurrentUser, input: z.output<typeof UserCreate>, now: Date) {
  requireAdmin(actor);
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return db.transaction(async (tx) => {
    const [taken] = await tx.query('SELECT 1 FROM users WHERE lower(username) = lower($1)', [input.username]);
    if (taken) throw fieldError('username', message('username_taken', { username: input.username }));
    await checkUnit(tx, input.role, input.unitId);
    const [created] = await tx.query<{ id: string }>(
      `INSERT INTO users (username, full_name, title, role, unit_id, phone, email, password_hash, must_change_password, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, $9) RETURNING id`,
      [input.username, input.fullName, input.title, input.role, input.unitId, input.phone ?? null, input.email ?? null, passwordHash, now],
    );
    const [row] = await userRows(tx, created!.id);
    await appendAudit(tx, { at: now, actor, action: 'user.create', entity: 'user', entityId: row!.id, entityLabel: label(row!), after: snapshot(row!) });
    return { user: toAdminUser(row!), oneTimePassword };
  });
}

/**
 * Edits an account. Its role and unit stay while it holds open dossiers (they would be
 * stranded): those go to a colleague first. Nobody changes their own role or unit.
 */
export async function updateUser(db: Db, actor: CurrentUser, id: string, input: z.output<typeof UserUpdate>, now: Date): Promise<AdminUser> {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const before = await lockedUser(tx, id, input.version);
    const moves = before.role !== input.role || before.unit_id !== input.unitId;
    if (moves) {
      if (id === actor.id) throw conflict(message('cannot_change_own_role'));
      if (before.held > 0) throw holdsDossiers(before);
      if (before.role === 'admin' && input.role !== 'admin') await checkNotLastAdmin(tx, before);
      await checkUnit(tx, input.role, input.unitId);
    }
    await tx.query(
      `UPDATE users SET full_name = $2, title = $3, role = $4, unit_id = $5, phone = $6, email = $7, version = version + 1 WHERE id = $1`,
      [id, input.fullName, input.title, input.role, input.unitId, input.phone ?? null, input.email ?? null],
    );
    const [after] = await userRows(tx, id);
    await appendAudit(tx, { at: now, actor, action: 'user.update', entity: 'user', entityId: id, entityLabel: label(after!), before: snapshot(before), after: snapshot(after!) });
    return toAdminUser(after!);
  });
}

/**
 * Locks or unlocks an account. A locked user is signed out everywhere at once; an account
 * that still holds open dossiers, one's own, and the last administrator cannot be locked.
 */
export async function setUserActive(db: Db, actor: CurrentUser, id: string, input: { active: boolean; version: number }, now: Date): Promise<AdminUser> {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const before = await lockedUser(tx, id, input.version);
    if (before.active === input.active) return toAdminUser(before);
    if (!input.active) {
      if (id === actor.id) throw conflict(message('cannot_deactivate_self'));
      if (before.held > 0) throw holdsDossiers(before);
      await checkNotLastAdmin(tx, before);
    } else {
      // Back to work only in a unit still in use.
      const [unit] = await tx.query<{ active: boolean }>('SELECT active FROM units WHERE id = $1', [before.unit_id]);
      if (!unit?.active) throw fieldError('unitId', message('unit_inactive'));
    }
    await tx.query('UPDATE users SET active = $2, version = version + 1 WHERE id = $1', [id, input.active]);
    if (!input.active) await tx.query('DELETE FROM sessions WHERE user_id = $1', [id]);
    const [after] = await userRows(tx, id);
    await appendAudit(tx, {
      at: now,
      actor,
      action: input.active ? 'user.reactivate' : 'user.deactivate',
      entity: 'user',
      entityId: id,
      entityLabel: label(after!),
      before: { active: before.active },
      after: { active: after!.active },
    });
    return toAdminUser(after!);
  });
}

/** A new one-time password: the old one stops working, sessions end, the next sign-in must change it. */
export async function resetUserPassword(db: Db, actor: CurrentUser, id: string, version: number, now: Date) {
  requireAdmin(actor);
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return db.transaction(async (tx) => {
    const before = await lockedUser(tx, id, version);
    await tx.query('UPDATE users SET password_hash = $2, must_change_password = true, version = version + 1 WHERE id = $1', [id, passwordHash]);
    await tx.query('DELETE FROM sessions WHERE user_id = $1', [id]);
    const [after] = await userRows(tx, id);
    await appendAudit(tx, { at: now, actor, action: 'user.reset_password', entity: 'user', entityId: id, entityLabel: label(before), after: { mustChangePassword: true } });
    return { user: toAdminUser(after!), oneTimePassword };
  });
}

/** The open dossiers a user holds or handles, to hand over before they move or leave. */
export async function heldDossiers(db: Queryable, actor: CurrentUser, id: string): Promise<HeldDossier[]> {
  requireAdmin(actor);
  const rows = await db.query<{ id: string; code: string; version: number; status: string; procedure_name: string; applicant_name: string; appointment_at: Date | null }>(
    `SELECT d.id, d.code, d.version, d.status, p.name AS procedure_name, d.applicant_name, d.appointment_at
     FROM dossiers d JOIN procedures p ON p.id = d.procedure_id
     WHERE ${heldCondition}
     ORDER BY d.appointment_at NULLS LAST, d.code`,
    [id, closed],
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    version: r.version,
    status: r.status,
    procedureName: r.procedure_name,
    applicantName: r.applicant_name,
    appointmentAt: r.appointment_at?.toISOString() ?? null,
  }));
}

/**
 * Hands a user's open dossiers to a colleague with the same role in the same unit: one
 * step of each dossier's lifecycle (`transfer_holder`), all in one transaction.
 */
export async function transferDossiers(db: Db, actor: CurrentUser, id: string, input: z.output<typeof TransferDossiers>, now: Date): Promise<number> {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const [from] = await userRows(tx, id);
    if (!from) throw notFound(message('user_not_found'));
    const [to] = await userRows(tx, input.toUserId);
    if (!to) throw fieldError('toUserId', message('user_not_found'));
    if (to.id === from.id) throw fieldError('toUserId', message('transfer_target_same'));
    if (!mayTakeOver({ id: from.id, role: from.role, unitId: from.unit_id }, { id: to.id, role: to.role, unitId: to.unit_id, active: to.active })) {
      throw fieldError('toUserId', message('transfer_target_invalid'));
    }
    const codes: string[] = [];
    for (const item of input.items) {
      await performActionInTransaction(tx, {
        dossierId: item.id,
        handler: transferHolder,
        version: item.version,
        body: { fromUserId: from.id, toUserId: to.id, note: input.note },
        actor,
        now,
      });
      const [row] = await tx.query<{ code: string }>('SELECT code FROM dossiers WHERE id = $1', [item.id]);
      codes.push(row!.code);
    }
    await appendAudit(tx, {
      at: now,
      actor,
      action: 'user.transfer_dossiers',
      entity: 'user',
      entityId: from.id,
      entityLabel: `${label(from)} → ${label(to)}`,
      details: { to: to.username, dossiers: codes, note: input.note },
    });
    return codes.length;
  });
}
