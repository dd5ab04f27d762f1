import type { Db } from '../db/db.ts';
import { processingWorkingMs } from '../../domain/indicators.ts';
import { loadWorkingCalendar } from './calendar-service.ts';

/**
 * Dossiers decided before the processing time was recorded at approval (migration 041) get
 * it now, with the calendar's rule, a few thousand at a time. Nothing to do afterwards (and
 * finding that out reads an index of only such dossiers, migration 046).
 */
export async function recordMissingProcessingTimes(db: Db, batch = 5_000): Promise<number> {
  const calendar = await loadWorkingCalendar(db);
  let recorded = 0;
  for (;;) {
    const rows = await db.query<{ id: string; received_at: Date; decided_at: Date; paused_working_ms: number }>(
      `SELECT id, received_at, decided_at, paused_working_ms FROM dossiers
       WHERE decided_at IS NOT NULL AND received_at IS NOT NULL AND processing_working_ms IS NULL LIMIT $1`,
      [batch],
    );
    if (!rows.length) return recorded;
    const times = rows.map((r) => processingWorkingMs(calendar, { receivedAt: r.received_at, decidedAt: r.decided_at, pausedWorkingMs: r.paused_working_ms }));
    await db.query(
      `UPDATE dossiers d SET processing_working_ms = v.ms FROM unnest($1::uuid[], $2::bigint[]) AS v(id, ms)
       WHERE d.id = v.id AND d.processing_working_ms IS NULL`,
      [rows.map((r) => r.id), times],
    );
    recorded += rows.length;
  }
}
