import type { z } from 'zod';
import type { Db, Queryable } from '../../db/db.ts';
import { message } from '../../../domain/messages.ts';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import type { AdminField, AdminUnit, FieldInput, FieldUpdate, UnitInput, UnitUpdate } from '../../../domain/schemas/admin-catalogue.ts';
import { conflict, fieldError, HttpError, notFound } from '../../http/errors.ts';
import { appendAudit } from '../audit.ts';
import { loadWorkingCalendar } from '../calendar-service.ts';
import { inForceVersionsSql } from '../procedures.ts';
import { requireAdmin, staleRecord } from './access.ts';
import { closedStatuses } from '../../../domain/dossier-status.ts';

// Fields (lĩnh vực) and units: the catalogue's and the directory's reference lists.

const closed = [...closedStatuses];

async function today(db: Queryable, now: Date) {
  return (await loadWorkingCalendar(db)).localDate(now);
}

interface FieldRow {
  id: string;
  code: string;
  name: string;
  active: boolean;
  version: number;
  procedure_count: number;
}

async function fieldRows(db: Queryable, day: string, id?: string): Promise<AdminField[]> {
  const rows = await db.query<FieldRow>(
    `SELECT f.id, f.code, f.name, f.active, f.version,
       (SELECT count(*) FROM (${inForceVersionsSql}) p WHERE p.field_id = f.id AND p.active)::int AS procedure_count
     FROM fields f WHERE ($2::uuid IS NULL OR f.id = $2::uuid) ORDER BY f.name`,
    [day, id ?? null],
  );
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, active: r.active, version: r.version, procedureCount: r.procedure_count }));
}

export async function listAdminFields(db: Queryable, user: CurrentUser, now: Date): Promise<AdminField[]> {
  requireAdmin(user);
  return fieldRows(db, await today(db, now));
}

const fieldSnapshot = (f: Pick<AdminField, 'code' | 'name' | 'active'>) => ({ code: f.code, name: f.name, active: f.active });

export async function createField(db: Db, user: CurrentUser, input: FieldInput, now: Date): Promise<AdminField> {
  requireAdmin(user);
  return db.transaction(async (tx) => {
    const [taken] = await tx.query('SELECT 1 FROM fields WHERE lower(code) = lower($1)', [input.code]);
    if (taken) throw fieldError('code', message('field_code_taken', { code: input.code }));
    const [row] = await tx.query<{ id: string }>('INSERT INTO fields (code, name, active) VALUES ($1, $2, $3) RETURNING id', [input.code, input.name, input.active]);
    await appendAudit(tx, { at: now, actor: user, action: 'field.create', entity: 'field', entityId: row!.id, entityLabel: `${input.code} ${input.name}`, after: fieldSnapshot(input) });
    return (await fieldRows(tx, await today(tx, now), row!.id))[0]!;
  });
}

export async function updateField(db: Db, user: CurrentUser, id: string, input: z.output<typeof FieldUpdate>, now: Date): Promise<AdminField> {
  requireAdmin(user);
  return db.transaction(async (tx) => {
    const day = await today(tx, now);
    const [before] = await fieldRows(tx, day, id);
    if (!before) throw notFound(message('field_not_found'));
    await tx.query('SELECT 1 FROM fields WHERE id = $1 FOR UPDATE', [id]);
    if (before.version !== input.version) throw staleRecord();
    const [taken] = await tx.query('SELECT 1 FROM fields WHERE lower(code) = lower($1) AND id <> $2', [input.code, id]);
    if (taken) throw fieldError('code', message('field_code_taken', { code: input.code }));
    if (before.active && !input.active && before.procedureCount > 0) {
      throw new HttpError(409, 'in_use', message('field_in_use', { count: before.procedureCount }));
    }
    const updated = await tx.query('UPDATE fields SET code = $2, name = $3, active = $4, version = version + 1 WHERE id = $1 AND version = $5 RETURNING id', [
      id,
      input.code,
      input.name,
      input.active,
      input.version,
    ]);
    if (updated.length !== 1) throw staleRecord();
    await appendAudit(tx, { at: now, actor: user, action: 'field.update', entity: 'field', entityId: id, entityLabel: `${input.code} ${input.name}`, before: fieldSnapshot(before), after: fieldSnapshot(input) });
    return (await fieldRows(tx, day, id))[0]!;
  });
}

interface UnitRow {
  id: string;
  code: string;
  name: string;
  short_name: string;
  kind: AdminUnit['kind'];
  address: string;
  phone: string;
  active: boolean;
  version: number;
  active_user_count: number;
  open_dossier_count: number;
  procedure_count: number;
  in_use: boolean;
}

async function unitRows(db: Queryable, day: string, id?: string): Promise<(AdminUnit & { procedureCount: number })[]> {
  const rows = await db.query<UnitRow>(
    `SELECT u.id, u.code, u.name, u.short_name, u.kind, u.address, u.phone, u.active, u.version,
       (SELECT count(*) FROM users x WHERE x.unit_id = u.id AND x.active)::int AS active_user_count,
       (SELECT count(*) FROM dossiers d WHERE (d.holder_unit_id = u.id OR d.deciding_unit_id = u.id) AND d.status <> ALL($3::text[]))::int AS open_dossier_count,
       (SELECT count(*) FROM (${inForceVersionsSql}) p WHERE p.deciding_unit_id = u.id AND p.active)::int AS procedure_count,
       (EXISTS (SELECT 1 FROM users x WHERE x.unit_id = u.id)
         OR EXISTS (SELECT 1 FROM procedures p WHERE p.deciding_unit_id = u.id)
         OR EXISTS (SELECT 1 FROM dossiers d WHERE d.unit_id = u.id OR d.deciding_unit_id = u.id OR d.holder_unit_id = u.id)
         OR EXISTS (SELECT 1 FROM dossier_events e WHERE e.from_unit_id = u.id OR e.to_unit_id = u.id)
         OR EXISTS (SELECT 1 FROM intake_slips s WHERE s.unit_id = u.id)) AS in_use
     FROM units u WHERE ($2::uuid IS NULL OR u.id = $2::uuid)
     ORDER BY CASE u.kind WHEN 'centre' THEN 0 WHEN 'department' THEN 1 ELSE 2 END, u.name`,
    [day, id ?? null, closed],
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    kind: r.kind,
    address: r.address,
    phone: r.phone,
    active: r.active,
    version: r.version,
    activeUserCount: r.active_user_count,
    openDossierCount: r.open_dossier_count,
    procedureCount: r.procedure_count,
    inUse: r.in_use,
  }));
}

function publicUnit(row: AdminUnit & { procedureCount: number }): AdminUnit {
  const { procedureCount, ...unit } = row;
  void procedureCount;
  return unit;
}
const unitSnapshot = (u: Pick<AdminUnit, 'code' | 'name' | 'shortName' | 'kind' | 'address' | 'phone' | 'active'>) => ({
  code: u.code,
  name: u.name,
  shortName: u.shortName,
  kind: u.kind,
  address: u.address,
  phone: u.phone,
  active: u.active,
});

export async function listAdminUnits(db: Queryable, user: CurrentUser, now: Date): Promise<AdminUnit[]> {
  requireAdmin(user);
  return (await unitRows(db, await today(db, now))).map(publicUnit);
}

async function checkUnitCode(tx: Queryable, code: string, id: string | null) {
  const [taken] = await tx.query('SELECT 1 FROM units WHERE lower(code) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid)', [code, id]);
  if (taken) throw fieldError('code', message('unit_code_taken', { code }));
}

export async function createUnit(db: Db, user: CurrentUser, input: UnitInput, now: Date): Promise<AdminUnit> {
  requireAdmin(user);
  // The centre is made once, at setup.
  if (input.kind === 'centre') throw fieldError('kind', message('centre_unique'));
  return db.transaction(async (tx) => {
    await checkUnitCode(tx, input.code, null);
    const [row] = await tx.query<{ id: string }>(
      'INSERT INTO units (code, name, short_name, kind, address, phone, active) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
      [input.code, input.name, input.shortName, input.kind, input.address, input.phone, input.active],
    );
    await appendAudit(tx, { at: now, actor: user, action: 'unit.create', entity: 'unit', entityId: row!.id, entityLabel: `${input.code} ${input.name}`, after: unitSnapshot(input) });
    return publicUnit((await unitRows(tx, await today(tx, now), row!.id))[0]!);
  });
}

/** Writes a unit's own columns (the units screen, and the centre's identity in the settings). */
export async function writeUnit(tx: Queryable, id: string, version: number, input: Omit<UnitInput, 'kind'>): Promise<void> {
  const updated = await tx.query(
    `UPDATE units SET code = $2, name = $3, short_name = $4, address = $5, phone = $6, active = $7, version = version + 1
     WHERE id = $1 AND version = $8 RETURNING id`,
    [id, input.code, input.name, input.shortName, input.address, input.phone, input.active, version],
  );
  if (updated.length !== 1) throw staleRecord();
}

export async function updateUnit(db: Db, user: CurrentUser, id: string, input: z.output<typeof UnitUpdate>, now: Date): Promise<AdminUnit> {
  requireAdmin(user);
  return db.transaction(async (tx) => {
    const day = await today(tx, now);
    await tx.query('SELECT 1 FROM units WHERE id = $1 FOR UPDATE', [id]);
    const [before] = await unitRows(tx, day, id);
    if (!before) throw notFound(message('unit_not_found'));
    if (before.version !== input.version) throw staleRecord();
    if ((before.kind === 'centre') !== (input.kind === 'centre')) throw fieldError('kind', message('centre_kind_fixed'));
    if (before.kind === 'centre' && !input.active) throw conflict(message('centre_cannot_deactivate'));
    await checkUnitCode(tx, input.code, id);
    // Deactivating, or turning a department into an outside authority (which has no staff), needs an empty unit.
    const leaving = (before.active && !input.active) || (before.kind !== input.kind && before.activeUserCount > 0);
    if (leaving && (before.activeUserCount > 0 || before.openDossierCount > 0 || before.procedureCount > 0)) {
      throw new HttpError(
        409,
        'in_use',
        message('unit_has_work', { users: before.activeUserCount, dossiers: before.openDossierCount, procedures: before.procedureCount }),
      );
    }
    await writeUnit(tx, id, input.version, input);
    if (before.kind !== input.kind) await tx.query('UPDATE units SET kind = $2 WHERE id = $1', [id, input.kind]);
    await appendAudit(tx, { at: now, actor: user, action: 'unit.update', entity: 'unit', entityId: id, entityLabel: `${input.code} ${input.name}`, before: unitSnapshot(before), after: unitSnapshot(input) });
    return publicUnit((await unitRows(tx, day, id))[0]!);
  });
}

/** A unit nothing refers to (made by mistake) may be deleted; any other is deactivated instead. */
export async function deleteUnit(db: Db, user: CurrentUser, id: string, version: number, now: Date): Promise<void> {
  requireAdmin(user);
  await db.transaction(async (tx) => {
    await tx.query('SELECT 1 FROM units WHERE id = $1 FOR UPDATE', [id]);
    const [unit] = await unitRows(tx, await today(tx, now), id);
    if (!unit) throw notFound(message('unit_not_found'));
    if (unit.version !== version) throw staleRecord();
    if (unit.kind === 'centre') throw conflict(message('centre_cannot_deactivate'));
    if (unit.inUse) throw new HttpError(409, 'in_use', message('unit_in_use'));
    await tx.query('DELETE FROM units WHERE id = $1', [id]);
    await appendAudit(tx, { at: now, actor: user, action: 'unit.delete', entity: 'unit', entityId: id, entityLabel: `${unit.code} ${unit.name}`, before: unitSnapshot(unit) });
  });
}
