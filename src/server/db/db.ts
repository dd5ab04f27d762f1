/**
 * The database port. Services see only this; the host decides whether PGlite (embedded,
 * in memory, on disk, in IndexedDB) or a real PostgreSQL server (`pg.Pool`) answers.
 *
 * Conventions both adapters guarantee: `timestamptz` → `Date`, `date` → 'YYYY-MM-DD'
 * string, `jsonb` → parsed value, `bytea` → `Uint8Array`, `bigint` and `numeric` →
 * `number`. Cast counts to `int` in SQL.
 */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations, seeds). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  /** Runs `work` in one transaction: everything commits together or nothing does. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
}

/** First row or `undefined`. */
export async function queryOne<Row>(db: Queryable, sql: string, params?: readonly unknown[]): Promise<Row | undefined> {
  const rows = await db.query<Row>(sql, params);
  return rows[0];
}
