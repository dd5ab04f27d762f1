import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgliteParsers, wrapPglite, type PgliteDb } from './pglite-port.ts';

export type { PgliteDb } from './pglite-port.ts';

/**
 * Opens PGlite behind the Db port. `dataDir`: a folder path (Node), `idb://name`
 * (browser), or undefined for memory. PGlite serialises queries and transactions itself
 * (one connection).
 */
export async function openPgliteDb(dataDir?: string, options: Omit<PGliteOptions, 'dataDir'> = {}): Promise<PgliteDb> {
  // pg_trgm backs the accent-free partial-word search (migration 003); PostgreSQL ships it in contrib.
  const pg = await PGlite.create({ dataDir, parsers: pgliteParsers, extensions: { pg_trgm }, ...options });
  return wrapPglite(pg);
}

