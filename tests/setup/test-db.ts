import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import type { Db } from '../../src/server/db/db.ts';
import { openPgliteDb } from '../../src/server/db/pglite-db.ts';
import { openPostgresDb } from '../../src/server/db/postgres-db.ts';

/**
 * A fresh, migrated and seeded database for one test file, copied from the run's snapshot.
 * Call `close()` in afterAll.
 */
export async function openTestDb(): Promise<Db> {
  const target = inject('testDatabase');
  if (target.kind === 'pglite') {
    const snapshot = new Blob([await readFile(target.snapshotPath)]);
    return openPgliteDb(undefined, { loadDataDir: snapshot });
  }
  return createPostgresDb(target.adminUrl, target.template);
}

/** A new database with nothing in it (no schema), on the run's engine. Call `close()` in afterAll. */
export async function openEmptyTestDb(): Promise<Db> {
  const target = inject('testDatabase');
  if (target.kind === 'pglite') return openPgliteDb();
  return createPostgresDb(target.adminUrl, 'template0');
}

async function createPostgresDb(adminUrl: string, template: string): Promise<Db> {
  const name = `motcua_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = openPostgresDb(adminUrl, 1);
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgresDb(url.toString(), 4);
  return {
    ...db,
    async close() {
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.close();
    },
  };
}
