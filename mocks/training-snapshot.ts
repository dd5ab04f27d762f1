import { prepareDatabase } from '../src/server/bootstrap.ts';
import { openPgliteDb } from '../src/server/db/pglite-db.ts';
import { DEMO_PASSWORD, seedDemoData } from './demo-data/seed-demo.ts';

/**
 * The training database as `npm run build:training` ships it: migrated, with the reference
 * data and the demo accounts and dossiers of the quarter ending at `now` (the build), as a
 * gzip'd PGlite data directory. A browser without a training database loads it instead of
 * creating and seeding one (seconds instead of most of a minute). Run in Node at build time
 * by mocks/training-snapshot-plugin.ts.
 *
 * The browser keeps one storage file per file of the data directory and reads them all at
 * every start, so the directory is kept small: 1 MB WAL segments instead of 16 MB, and no
 * template databases (training mode never runs CREATE DATABASE). About 500 files and
 * 24 MB instead of 1,000 and 46 MB; 4 MB gzip'd.
 */
export async function buildTrainingSnapshot(now: Date): Promise<Blob> {
  const db = await openPgliteDb(undefined, { initDbStartParams: ['--wal-segsize=1'] });
  try {
    await prepareDatabase(db, { sampleCommune: true, adminPassword: DEMO_PASSWORD });
    await seedDemoData(db, { now });
    await db.exec("UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')");
    await db.exec('DROP DATABASE template0');
    await db.exec('DROP DATABASE template1');
    await db.exec("ALTER SYSTEM SET min_wal_size = '2MB'");
    await db.exec("ALTER SYSTEM SET max_wal_size = '8MB'");
    await db.exec('SELECT pg_reload_conf()');
    // Two checkpoints: the WAL written so far is recycled rather than shipped.
    await db.exec('CHECKPOINT');
    await db.exec('CHECKPOINT');
    return await db.dump();
  } finally {
    await db.close();
  }
}
