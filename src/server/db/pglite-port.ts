import type { PGliteInterface } from '@electric-sql/pglite';
import type { Db, Queryable } from './db.ts';

// Only types from PGlite here: training mode's page uses this file with PostgreSQL itself
// in a worker, and importing PGlite's entry would put all of PGlite into the page.

/**
 * The Db port's conventions (db.ts): dates stay strings, numerics become numbers. Keyed
 * by PostgreSQL's fixed type OIDs (`types.DATE`, `types.NUMERIC` in PGlite).
 */
export const pgliteParsers = { 1082: (value: string) => value, 1700: (value: string) => Number(value) };

/** The Db port over PGlite. */
export interface PgliteDb extends Db {
  /** A snapshot of the whole data directory (tests copy a seeded database from it). */
  dump(): Promise<Blob>;
  /** Loads rows written in COPY's text format into `table` (bulk loads: the bench's generator). */
  copyFrom(table: string, columns: readonly string[], rows: string): Promise<void>;
}

/** The Db port over a PGlite, here or in a worker (`PGliteWorker`; give it `pgliteParsers`). */
export function wrapPglite(pg: PGliteInterface): PgliteDb {
  return {
    kind: 'pglite',
    async dump() {
      return pg.dumpDataDir('gzip');
    },
    async copyFrom(table, columns, rows) {
      await pg.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], { blob: new Blob([rows]) });
    },
    async query<Row>(sql: string, params?: readonly unknown[]) {
      const result = await pg.query<Row>(sql, params ? [...params] : undefined);
      return result.rows;
    },
    async transaction<T>(work: (tx: Queryable) => Promise<T>) {
      return pg.transaction(async (tx) =>
        work({
          async query<Row>(sql: string, params?: readonly unknown[]) {
            const result = await tx.query<Row>(sql, params ? [...params] : undefined);
            return result.rows;
          },
          async exec(sql: string) {
            await tx.exec(sql);
          },
        }),
      );
    },
    async exec(sql: string) {
      await pg.exec(sql);
    },
    async close() {
      await pg.close();
    },
  };
}
