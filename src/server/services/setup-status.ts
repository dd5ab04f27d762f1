import type { Queryable } from '../db/db.ts';

/** True while the installation has no administrator: the first-run setup screen is open. */
export async function setupNeeded(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE role = 'admin'");
  return !row || row.n === 0;
}
