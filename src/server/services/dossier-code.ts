import type { Queryable } from '../db/db.ts';
import { formatDossierCode } from '../../domain/dossier-code.ts';

/**
 * Takes the next number of the unit's daily sequence. The upsert locks the counter row
 * until the surrounding transaction ends, so concurrent receipts queue on it and get
 * consecutive numbers; a receipt that rolls back also rolls its number back (gap-free).
 */
export async function nextDossierCode(tx: Queryable, unit: { id: string; code: string }, localDate: string): Promise<string> {
  const [row] = await tx.query<{ last_number: number }>(
    `INSERT INTO dossier_code_counters (unit_id, day, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (unit_id, day) DO UPDATE SET last_number = dossier_code_counters.last_number + 1
     RETURNING last_number`,
    [unit.id, localDate],
  );
  return formatDossierCode(unit.code, localDate, row!.last_number);
}
