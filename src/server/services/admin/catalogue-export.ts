import type { Queryable } from '../../db/db.ts';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import { catalogueWorkbook } from './catalogue-workbook.ts';
import { getAdminProcedure } from './procedures.ts';
import { requireAdmin } from './access.ts';

/** Every procedure's latest version in the import layout. */
export async function exportCatalogue(db: Queryable, user: CurrentUser, now: Date): Promise<Uint8Array<ArrayBuffer>> {
  requireAdmin(user);
  const codes = await db.query<{ code: string; field_code: string; unit_code: string }>(
    `SELECT DISTINCT ON (p.code) p.code, f.code AS field_code, u.code AS unit_code
     FROM procedures p JOIN fields f ON f.id = p.field_id JOIN units u ON u.id = p.deciding_unit_id
     ORDER BY p.code, p.revision DESC`,
  );
  const procedures = [];
  for (const row of codes) {
    const detail = await getAdminProcedure(db, user, row.code, now);
    procedures.push({ code: row.code, active: detail.active, version: detail.versions.at(-1)!, fieldCode: row.field_code, decidingUnitCode: row.unit_code });
  }
  return catalogueWorkbook(procedures);
}
