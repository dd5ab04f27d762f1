import type { Db } from './db.ts';

/**
 * Opens the database the environment asks for: PostgreSQL when DATABASE_URL is set,
 * otherwise embedded PGlite in `dataDir` (created if missing).
 */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Db> {
  if (options.databaseUrl) {
    const { openPostgresDb } = await import('./postgres-db.ts');
    return openPostgresDb(options.databaseUrl);
  }
  const { openPgliteDb } = await import('./pglite-db.ts');
  return openPgliteDb(options.dataDir);
}
