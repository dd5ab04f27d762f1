import { PGlite, types, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Db, Queryable } from './db.ts';

// The Db port's conventions (db.ts): dates stay strings, numerics become numbers.
const parsers = { [types.DATE]: (value: string) => value, [types.NUMERIC]: (value: string) => Number(value) };

/**
 * PGlite adapter. `dataDir`: a folder path (Node), `idb://name` (browser), or undefined
 * for memory. PGlite serialises queries and transactions itself (one connection).
 */
export interface PgliteDb extends Db {
  /** A snapshot of the whole data directory (tests copy a seeded database from it). */
  dump(): Promise<Blob>;
  /** Loads rows written in COPY's text format into `table` (bulk loads: the bench's generator). */
  copyFrom(table: string, columns: readonly string[], rows: string): Promise<void>;
}

export async function openPgliteDb(dataDir?: string, options: Omit<PGliteOptions, 'dataDir'> = {}): Promise<PgliteDb> {
  // pg_trgm backs the accent-free partial-word search (migration 003); PostgreSQL ships it in contrib.
  const pg = await PGlite.create({ dataDir, parsers, extensions: { pg_trgm }, ...options });
  return wrapPglite(pg);
}

export function wrapPglite(pg: PGlite): PgliteDb {
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
