import type { Queryable } from '../db/db.ts';
import type { DuplicateDossier, Person } from '../../domain/schemas/person.ts';
import type { DossierStatus } from '../../domain/dossier-status.ts';
import type { Gender } from '../../domain/gender.ts';
import { isOpen } from '../../domain/dossier-status.ts';
import { digitisedSql } from '../../domain/digitisation.ts';
import { duplicateMatch, duplicateStatuses, type DuplicatePerson } from '../../domain/duplicates.ts';
import { listDossiersWhere } from './dossier-queries.ts';

/**
 * The person's page: every dossier where this ID number is the applicant's or the
 * submitter's, open ones first, each group newest first; and who the
 * person is, as their latest dossier records them.
 */
export async function getPerson(db: Queryable, idNumber: string, now: Date): Promise<Person> {
  const items = await listDossiersWhere(
    db,
    {
      where: 'd.applicant_id_number = $1 OR d.submitter_id_number = $1',
      params: [idNumber],
      extraColumns: `CASE WHEN d.applicant_id_number = $1 THEN 'applicant' ELSE 'submitter' END AS role, ${digitisedSql} AS digitised`,
      limit: 500,
    },
    now,
  );
  const dossiers = items
    .map(({ item, extra }) => ({ ...item, role: extra.role === 'submitter' ? ('submitter' as const) : ('applicant' as const), digitised: extra.digitised === true }))
    .sort((a, b) => {
      const open = Number(isOpen(b.status)) - Number(isOpen(a.status));
      if (open !== 0) return open;
      const at = (d: typeof a) => d.receivedAt ?? d.submittedAt ?? '';
      return at(b).localeCompare(at(a)) || b.code.localeCompare(a.code);
    });
  const [latest] = await db.query<{ name: string; birth_date: string | null; gender: Gender | null; address: string | null; phone: string | null }>(
    `SELECT * FROM (
       SELECT applicant_name AS name, to_char(applicant_birth_date, 'YYYY-MM-DD') AS birth_date, applicant_gender AS gender,
         applicant_address AS address, applicant_phone AS phone, coalesce(received_at, submitted_at, created_at) AS at
       FROM dossiers WHERE applicant_id_number = $1
       UNION ALL
       SELECT submitter_name, to_char(submitter_birth_date, 'YYYY-MM-DD'), submitter_gender, submitter_address, submitter_phone,
         coalesce(received_at, submitted_at, created_at)
       FROM dossiers WHERE submitter_id_number = $1
     ) seen ORDER BY at DESC LIMIT 1`,
    [idNumber],
  );
  return {
    idNumber,
    name: latest?.name ?? null,
    dateOfBirth: latest?.birth_date ?? null,
    gender: latest?.gender ?? null,
    address: latest?.address || null,
    phone: latest?.phone ?? null,
    openCount: dossiers.filter((d) => isOpen(d.status)).length,
    dossiers,
  };
}

/**
 * Open dossiers of the same procedure whose applicant is this person (src/domain/duplicates.ts):
 * the database narrows to the same ID number or date of birth, the domain rule decides.
 */
export async function findOpenDuplicates(db: Queryable, procedureId: string, applicant: DuplicatePerson): Promise<DuplicateDossier[]> {
  if (!applicant.idNumber && !applicant.dateOfBirth) return [];
  const rows = await db.query<{
    id: string;
    code: string;
    status: DossierStatus;
    applicant_name: string;
    applicant_id_number: string | null;
    birth_date: string | null;
    received_at: Date | null;
    submitted_at: Date | null;
    appointment_at: Date | null;
  }>(
    `SELECT d.id, d.code, d.status, d.applicant_name, d.applicant_id_number, to_char(d.applicant_birth_date, 'YYYY-MM-DD') AS birth_date,
       d.received_at, d.submitted_at, d.appointment_at
     FROM dossiers d
     WHERE d.procedure_id = $1 AND d.status = ANY($2::text[])
       AND (d.applicant_id_number = $3 OR d.applicant_birth_date = $4::date)
     ORDER BY coalesce(d.received_at, d.submitted_at) DESC NULLS LAST, d.code DESC
     LIMIT 50`,
    [procedureId, [...duplicateStatuses], applicant.idNumber ?? null, applicant.dateOfBirth ?? null],
  );
  const iso = (value: Date | null) => (value ? value.toISOString() : null);
  return rows.flatMap((row) => {
    const matchedBy = duplicateMatch(applicant, { name: row.applicant_name, idNumber: row.applicant_id_number, dateOfBirth: row.birth_date });
    if (!matchedBy) return [];
    return [
      {
        id: row.id,
        code: row.code,
        status: row.status,
        applicantName: row.applicant_name,
        receivedAt: iso(row.received_at),
        submittedAt: iso(row.submitted_at),
        appointmentAt: iso(row.appointment_at),
        matchedBy,
      },
    ];
  });
}
