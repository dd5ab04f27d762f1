import type { FeeDue } from '../../src/domain/fees.ts';
import type { DocumentForm, DurationUnit, SupplementClock } from '../../src/domain/channels.ts';
import type { Queryable } from '../../src/server/db/db.ts';
import { unitSeeds } from '../../src/server/db/reference-data.ts';
import { loadWorkingCalendar } from '../../src/server/services/calendar-service.ts';
import { inForceVersionsSql } from '../../src/server/services/procedures.ts';
import type { LegShares } from '../../src/domain/control-slip.ts';
import { loadSupplementDeadlineDays } from '../../src/server/services/settings.ts';
import { textsFor } from './procedure-texts.ts';
import type { DemoContext, DemoProcedure } from './types.ts';

interface ProcedureRow {
  id: string;
  code: string;
  name: string;
  deciding_unit_id: string;
  duration_unit: DurationUnit;
  duration_amount: number;
  fee_amount: number;
  fee_due: FeeDue;
  supplement_clock: SupplementClock;
  leg_shares: LegShares;
  online_level: DemoProcedure['onlineLevel'];
}

interface ChecklistRow {
  id: string;
  procedure_id: string;
  position: number;
  name: string;
  required: boolean;
  default_form: DocumentForm;
  default_count: number;
}

/** Demo usernames the dossiers' actors are drawn from. */
export interface StaffUsernames {
  deskOfficers: readonly string[];
  chairperson: string;
  /** unit key → username */
  heads: Readonly<Record<string, string>>;
  handlers: Readonly<Record<string, string>>;
}

/**
 * Reads what the generator builds on: the centre, the departments, the active catalogue
 * with checklists, the demo staff, the calendar and the supplement deadline setting.
 * Procedures whose deciding unit has no demo head or handler are left out, since nobody
 * could have processed them.
 */
export async function loadDemoContext(tx: Queryable, now: Date, usernames: StaffUsernames): Promise<DemoContext> {
  const units = await tx.query<{ id: string; code: string; name: string }>('SELECT id, code, name FROM units');
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const unitIdByKey = new Map(unitSeeds.map((seed) => [seed.key as string, unitByCode.get(seed.code)?.id]));
  const centre = unitByCode.get(unitSeeds[0].code);
  if (!centre) throw new Error('Demo data needs the reference data: the centre unit is missing');

  const users = await tx.query<{ id: string; username: string }>('SELECT id, username FROM users WHERE username = ANY($1::text[])', [
    [...usernames.deskOfficers, usernames.chairperson, ...Object.values(usernames.heads), ...Object.values(usernames.handlers)],
  ]);
  const userId = new Map(users.map((u) => [u.username, u.id]));
  const require = (username: string) => {
    const id = userId.get(username);
    if (!id) throw new Error(`Demo data needs the demo user "${username}"`);
    return id;
  };
  const byUnit = (map: Readonly<Record<string, string>>) =>
    new Map(Object.entries(map).flatMap(([key, username]) => {
      const unitId = unitIdByKey.get(key);
      return unitId ? [[unitId, require(username)] as const] : [];
    }));
  const heads = byUnit(usernames.heads);
  const handlers = byUnit(usernames.handlers);

  const calendar = await loadWorkingCalendar(tx);
  const procedureRows = await tx.query<ProcedureRow>(
    `SELECT id, code, name, deciding_unit_id, duration_unit, duration_amount, fee_amount, fee_due, supplement_clock, leg_shares, online_level
     FROM (${inForceVersionsSql}) p WHERE active ORDER BY code`,
    [calendar.localDate(now)],
  );
  const checklistRows = await tx.query<ChecklistRow>(
    'SELECT id, procedure_id, position, name, required, default_form, default_count FROM procedure_documents ORDER BY procedure_id, position',
  );
  const procedures = procedureRows
    .filter((p) => heads.has(p.deciding_unit_id) && handlers.has(p.deciding_unit_id))
    .map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      decidingUnitId: p.deciding_unit_id,
      duration: { unit: p.duration_unit, amount: p.duration_amount },
      feeAmount: p.fee_amount,
      feeDue: p.fee_due,
      supplementClock: p.supplement_clock,
      legShares: p.leg_shares,
      onlineLevel: p.online_level,
      checklist: checklistRows
        .filter((c) => c.procedure_id === p.id)
        .map((c) => ({ id: c.id, position: c.position, name: c.name, required: c.required, defaultForm: c.default_form, defaultCount: c.default_count })),
      texts: textsFor(p.code),
    }));
  if (procedures.length === 0) throw new Error('Demo data needs at least one active procedure decided by a demo department');

  const [centreSetting] = await tx.query<{ value: { communeName?: string } }>("SELECT value FROM settings WHERE key = 'centre'");
  const communeName = centreSetting?.value.communeName ?? 'Xã';
  return {
    now,
    calendar,
    centre: { id: centre.id, code: centre.code },
    unitNames: new Map(units.map((u) => [u.id, u.name])),
    procedures,
    staff: {
      deskOfficers: usernames.deskOfficers.map(require),
      chairperson: require(usernames.chairperson),
      heads,
      handlers,
    },
    supplementDeadlineWorkingDays: await loadSupplementDeadlineDays(tx),
    // "Xã Hoàng An" → "UBND xã Hoàng An", the sender name SMS messages start with.
    senderName: `UBND ${communeName.charAt(0).toLowerCase()}${communeName.slice(1)}`,
  };
}
