import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPgliteDb } from '../../src/server/db/pglite-db.ts';
import { openPostgresDb } from '../../src/server/db/postgres-db.ts';
import type { Db } from '../../src/server/db/db.ts';
import { prepareDatabase } from '../../src/server/bootstrap.ts';
import { seedDemoData, DEMO_PASSWORD } from '../../mocks/demo-data/seed-demo.ts';
import { TEST_NOW } from './test-clock.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of a migrated, seeded data-dir snapshot. PostgreSQL: the template database URL. */
    testDatabase: { kind: 'pglite'; snapshotPath: string } | { kind: 'postgres'; adminUrl: string; template: string };
  }
}

async function prepare(db: Db) {
  await prepareDatabase(db, { sampleCommune: true, adminPassword: DEMO_PASSWORD });
  await seedDemoData(db, { now: TEST_NOW });
}

/**
 * Builds the migrated, seeded database once per run; each test file then gets a fresh copy
 * (PGlite: loadDataDir from the snapshot; PostgreSQL: CREATE DATABASE … TEMPLATE).
 * MOTCUA_TEST_DB=postgres selects PostgreSQL at TEST_DATABASE_URL (a superuser URL to a
 * throwaway cluster); anything else uses PGlite in memory.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (process.env.MOTCUA_TEST_DB === 'postgres') {
    if (!adminUrl) throw new Error('MOTCUA_TEST_DB=postgres needs TEST_DATABASE_URL');
    const template = 'motcua_test_template';
    const admin = openPostgresDb(adminUrl, 1);
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    const url = new URL(adminUrl);
    url.pathname = `/${template}`;
    const db = openPostgresDb(url.toString(), 2);
    await prepare(db);
    await db.close();
    await admin.close();
    project.provide('testDatabase', { kind: 'postgres', adminUrl, template });
    return;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'motcua-test-'));
  const db = await openPgliteDb();
  await prepare(db);
  const snapshotPath = path.join(dir, 'snapshot.tar.gz');
  const snapshot = await db.dump();
  await writeFile(snapshotPath, Buffer.from(await snapshot.arrayBuffer()));
  await db.close();
  project.provide('testDatabase', { kind: 'pglite', snapshotPath });
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
