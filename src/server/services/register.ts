import type { z } from 'zod';
import type { Queryable } from '../db/db.ts';
import type { RegisterQuery, RegisterRow } from '../../domain/schemas/reports.ts';
import { Conditions, dayStart } from './dossier-filters.ts';

/**
 * The tracking register (form 07, Sổ theo dõi hồ sơ): dossiers received at the desk in a
 * period of Vietnam days, in receipt order, numbered.
 */
export async function registerRows(db: Queryable, query: z.output<typeof RegisterQuery>): Promise<RegisterRow[]> {
  const conditions = new Conditions();
  conditions.add('d.received_at >= ?', dayStart(query.from));
  conditions.add('d.received_at < ?', new Date(dayStart(query.to).getTime() + 86_400_000));
  if (query.procedureId) conditions.add('d.procedure_id = ?', query.procedureId);
  if (query.departmentId) conditions.add('d.deciding_unit_id = ?', query.departmentId);
  if (query.channel) conditions.add('d.channel = ?', query.channel);
  const rows = await db.query<{
    id: string;
    code: string;
    procedure_name: string;
    applicant_name: string;
    applicant_address: string;
    applicant_phone: string | null;
    unit_name: string;
    received_at: Date;
    appointment_at: Date | null;
    returned_at: Date | null;
    return_method: RegisterRow['returnMethod'];
    returned_to: string | null;
  }>(
    `SELECT d.id, d.code, p.name AS procedure_name, d.applicant_name, d.applicant_address, d.applicant_phone,
       u.name AS unit_name, d.received_at, coalesce(d.original_appointment_at, d.appointment_at) AS appointment_at,
       d.returned_at, d.return_method, d.returned_to
     FROM dossiers d JOIN procedures p ON p.id = d.procedure_id JOIN units u ON u.id = d.deciding_unit_id
     ${conditions.where}
     ORDER BY d.received_at, d.code
     LIMIT 20000`,
    conditions.params,
  );
  return rows.map((r, index) => ({
    number: index + 1,
    id: r.id,
    code: r.code,
    procedureName: r.procedure_name,
    applicantName: r.applicant_name,
    address: r.applicant_address,
    phone: r.applicant_phone,
    decidingUnitName: r.unit_name,
    receivedAt: r.received_at.toISOString(),
    appointmentAt: r.appointment_at?.toISOString() ?? null,
    returnedAt: r.returned_at?.toISOString() ?? null,
    returnMethod: r.return_method,
    returnedTo: r.returned_to,
  }));
}
