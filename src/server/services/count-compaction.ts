import type { Db } from '../db/db.ts';

/** One compaction at a time across every server process on the database. */
const COMPACTION_LOCK = 20_251_116;

/**
 * Folds the increments the overview's counts accumulate (migrations 041 and 044) into one
 * row per day and procedure, per status, and per day, officer and role. Returns false when another process was already at it.
 */
export async function compactCounts(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [lock] = await tx.query<{ taken: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS taken', [COMPACTION_LOCK]);
    if (!lock?.taken) return false;
    await tx.query('SELECT compact_dossier_counts()');
    await tx.query('SELECT compact_officer_rating_counts()');
    return true;
  });
}

/** Compacts the counts every minute (Node server and training mode). Returns a stop function. */
export function startCountCompaction(db: Db, intervalMs = 60_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    compactCounts(db)
      .catch((error: unknown) => console.error('Gộp số liệu tổng hợp thất bại', error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  return () => clearInterval(timer);
}
