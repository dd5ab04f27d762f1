import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import type { Db } from '../../src/server/db/db.ts';
import { openPgliteDb } from '../../src/server/db/pglite-db.ts';
import { openPostgresDb } from '../../src/server/db/postgres-db.ts';
import type { BulkLoader } from '../../mocks/demo-data/bulk-load.ts';
import { pgliteBulkLoader, postgresBulkLoader } from './bulk-loaders.ts';

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

/**
 * An empty database (no schema) with a bulk loader for it: COPY through pg-copy-streams on
 * PostgreSQL, COPY from a blob on PGlite. Call `close()` in afterAll.
 */
export async function openEmptyTestDbWithLoader(): Promise<{ db: Db; loader: BulkLoader; close(): Promise<void> }> {
  const target = inject('testDatabase');
  if (target.kind === 'pglite') {
    const db = await openPgliteDb();
    return { db, loader: pgliteBulkLoader(db), close: () => db.close() };
  }
  const { db, url } = await createPostgresDatabase(target.adminUrl, 'template0');
  const loader = postgresBulkLoader(url);
  return {
    db,
    loader,
    async close() {
      await loader.close();
      await db.close();
    },
  };
}

/**
 * PostgreSQL only: a fresh copy of the run's seeded database and its URL, for tests that
 * start server processes of their own on it. Undefined on PGlite. Call `close()` in afterAll.
 */
export async function openTestPostgresDatabase(): Promise<{ db: Db; url: string } | undefined> {
  const target = inject('testDatabase');
  if (target.kind === 'pglite') return undefined;
  return createPostgresDatabase(target.adminUrl, target.template);
}

async function createPostgresDb(adminUrl: string, template: string): Promise<Db> {
  return (await createPostgresDatabase(adminUrl, template)).db;
}

async function createPostgresDatabase(adminUrl: string, template: string): Promise<{ db: Db; url: string }> {
  const name = `motcua_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = openPostgresDb(adminUrl, 1);
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgresDb(url.toString(), 4);
  return {
    url: url.toString(),
    db: {
      ...db,
      async close() {
        await db.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        await admin.close();
      },
    },
  };
}
