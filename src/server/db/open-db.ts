import type { Db } from './db.ts';

/**
 * Opens the database the environment asks for: PostgreSQL when DATABASE_URL is set (a pool
 * of `poolSize` connections), otherwise embedded PGlite in `dataDir` (created if missing).
 */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string; poolSize?: number }): Promise<Db> {
  if (options.databaseUrl) {
    const { openPostgresDb } = await import('./postgres-db.ts');
    return openPostgresDb(options.databaseUrl, options.poolSize);
  }
  const { openPgliteDb } = await import('./pglite-db.ts');
  return openPgliteDb(options.dataDir);
}
