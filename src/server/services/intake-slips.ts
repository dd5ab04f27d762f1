import type { z } from 'zod';
import type { Db, Queryable } from '../db/db.ts';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import type { IntakeSlip, IntakeSlipRequest } from '../../domain/schemas/intake.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { loadWorkingCalendar } from './calendar-service.ts';
import { getProcedure } from './procedures.ts';
import { loadCentre } from './actions/perform-action.ts';
import { message } from '../../domain/messages.ts';


const prefixes = { guidance: 'HD', refusal: 'TC' } as const;

/**
 * Logs the written guidance (form 02) or refusal (form 03) given to a walk-in whose papers
 * are incomplete or unacceptable. Numbered per unit, kind and year: `12/2026/HD`.
 */
export async function createIntakeSlip(db: Db, input: z.output<typeof IntakeSlipRequest>, actor: CurrentUser, now: Date): Promise<IntakeSlip> {
  if (actor.role !== 'desk_officer') throw forbidden(message('desk_only_intake_slips'));
  const id = await db.transaction(async (tx) => {
    const calendar = await loadWorkingCalendar(tx);
    const year = Number(calendar.localDate(now).slice(0, 4));
    const procedure = await getProcedure(tx, { id: input.procedureId }, calendar.localDate(now));
    const centre = await loadCentre(tx);
    const [counter] = await tx.query<{ last_number: number }>(
      `INSERT INTO intake_slip_counters (unit_id, kind, year, last_number) VALUES ($1, $2, $3, 1)
       ON CONFLICT (unit_id, kind, year) DO UPDATE SET last_number = intake_slip_counters.last_number + 1
       RETURNING last_number`,
      [centre.id, input.kind, year],
    );
    const number = `${counter!.last_number}/${year}/${prefixes[input.kind]}`;
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO intake_slips (kind, number, unit_id, procedure_id, applicant_name, applicant_id_number, applicant_phone,
         applicant_address, items, reason, officer_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        input.kind,
        number,
        centre.id,
        procedure.id,
        input.applicant.name,
        input.applicant.idNumber ?? null,
        input.applicant.phone ?? null,
        input.applicant.address,
        JSON.stringify(input.kind === 'guidance' ? input.items : []),
        input.reason,
        actor.id,
        now,
      ],
    );
    return row!.id;
  });
  return getIntakeSlip(db, id);
}

export async function getIntakeSlip(db: Queryable, id: string): Promise<IntakeSlip> {
  const [row] = await db.query<Record<string, unknown>>(
    `SELECT s.id, s.kind, s.number, s.procedure_id, p.code AS procedure_code, p.name AS procedure_name, f.name AS field_name,
       s.applicant_name, s.applicant_id_number, s.applicant_phone, s.applicant_address, s.items, s.reason,
       s.officer_id, u.full_name AS officer_name, u.phone AS officer_phone, s.created_at
     FROM intake_slips s JOIN procedures p ON p.id = s.procedure_id JOIN fields f ON f.id = p.field_id
     JOIN users u ON u.id = s.officer_id WHERE s.id = $1`,
    [id],
  );
  if (!row) throw notFound(message('intake_slip_not_found'));
  return {
    id: row.id as string,
    kind: row.kind as IntakeSlip['kind'],
    number: row.number as string,
    procedure: { id: row.procedure_id as string, code: row.procedure_code as string, name: row.procedure_name as string, fieldName: row.field_name as string },
    applicant: {
      name: row.applicant_name as string,
      idNumber: row.applicant_id_number as string | null,
      phone: row.applicant_phone as string | null,
      address: row.applicant_address as string,
    },
    items: row.items as IntakeSlip['items'],
    reason: row.reason as string,
    officer: { id: row.officer_id as string, name: row.officer_name as string, phone: row.officer_phone as string | null },
    createdAt: (row.created_at as Date).toISOString(),
  };
}
