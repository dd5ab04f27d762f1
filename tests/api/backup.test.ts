import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Db, Queryable } from '../../src/server/db/db.ts';
import { openPgliteDb } from '../../src/server/db/pglite-db.ts';
import { prepareDatabase } from '../../src/server/bootstrap.ts';
import { restoreBackup, writeBackup } from '../../src/server/maintenance/backup.ts';
import { backupCommand, restoreCommand } from '../../src/server/maintenance/commands.ts';
import { holdDataDir } from '../../src/server/maintenance/control-socket.ts';
import { createTestApi, type TestApi } from '../setup/test-api.ts';
import { openEmptyTestDb } from '../setup/test-db.ts';

// Backup → restore gives back every table exactly, on the run's engine (PGlite, and
// PostgreSQL in `npm run test:api:postgres`).
let t: TestApi;
let desk: string;

/** Row count and a hash of every row (as PostgreSQL's own JSON) of every table. */
async function fingerprint(db: Queryable): Promise<Record<string, { rows: number; hash: string }>> {
  const tables = await db.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
  const result: Record<string, { rows: number; hash: string }> = {};
  for (const { name } of tables) {
    const [row] = await db.query<{ rows: number; hash: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(to_jsonb(t)::text, E'\\n' ORDER BY to_jsonb(t)::text), '')) AS hash FROM "${name}" t`,
    );
    result[name] = row!;
  }
  return result;
}

async function backupLines(db: Db, during?: (line: string) => void): Promise<string[]> {
  const lines: string[] = [];
  await writeBackup(db, (line) => {
    lines.push(line.replace(/\n$/, ''));
    during?.(line);
  });
  return lines;
}

async function* iterate(lines: string[]) {
  yield* lines;
}

beforeAll(async () => {
  t = await createTestApi();
  desk = await t.login('motcua1');
  // Rows of every kind of column: text with emoji and Vietnamese, a scanned file (bytea),
  // jsonb event details, timestamps to the microsecond, a login failure.
  await t.request('/api/saved-views', { method: 'POST', cookie: desk, json: { name: 'Hồ sơ gấp 📌 "trích dẫn" \\ gạch', query: 'q=nguyễn' } });
  const [received] = await t.db.query<{ id: string }>("SELECT id FROM dossiers WHERE status = 'received' ORDER BY code LIMIT 1");
  const form = new FormData();
  form.set('file', new File([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0xff, 0])], 'quét.png', { type: 'image/png' }));
  const upload = await t.request(`/api/dossiers/${received!.id}/attachments`, { method: 'POST', cookie: desk, body: form });
  if (upload.status !== 201) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
  await t.db.query("UPDATE dossiers SET updated_at = '2026-11-23 10:00:00.123456+07' WHERE id = $1", [received!.id]);
  await t.request('/api/auth/login', { method: 'POST', json: { username: 'ai-do', password: 'sai' } });
});
afterAll(async () => {
  await t.close();
});

// A full backup and restore of the demo database takes seconds on PGlite; on a busy
// two-core machine more than the default 30 s. The limit only bounds a failure.
describe('backup and restore', { timeout: 90_000 }, () => {
  it('gives back every table exactly, from one snapshot taken while the server keeps writing', async () => {
    const before = await fingerprint(t.db);
    expect(Object.keys(before).length).toBeGreaterThan(15);
    expect(before.attachments!.rows).toBeGreaterThan(0);
    let write: Promise<Response> | undefined;
    // A save lands while the backup is reading the dossiers (PostgreSQL runs it alongside; PGlite after).
    const lines = await backupLines(t.db, (line) => {
      if (line.startsWith('#{"table":"dossiers"}')) {
        write = t.request('/api/saved-views', { method: 'POST', cookie: desk, json: { name: 'Lưu trong lúc sao lưu', query: '' } });
      }
    });
    expect((await write!).status).toBe(201);
    expect((await fingerprint(t.db)).saved_views!.rows).toBe(before.saved_views!.rows + 1);

    const target = await openEmptyTestDb();
    try {
      const summary = await restoreBackup(target, iterate(lines));
      expect(summary.tables).toBe(Object.keys(before).length);
      expect(await fingerprint(target)).toEqual(before);
      // The append-only guard is back on after the load.
      await expect(target.query('DELETE FROM dossier_events')).rejects.toThrow(/append-only/);
    } finally {
      await target.close();
    }
  });

  it('restores only into an empty database', async () => {
    const lines = await backupLines(t.db);
    await expect(restoreBackup(t.db, iterate(lines))).rejects.toThrow(/không trống/);
  });

  it('refuses a backup from a newer version, and a cut-off file, leaving no data behind', async () => {
    const lines = await backupLines(t.db);
    const target = await openEmptyTestDb();
    try {
      const newer = [lines[0]!.replace('"migrations":[', '"migrations":["999_from_the_future",'), ...lines.slice(1)];
      await expect(restoreBackup(target, iterate(newer))).rejects.toThrow(/999_from_the_future/);
      await expect(restoreBackup(target, iterate(lines.slice(0, Math.floor(lines.length / 2))))).rejects.toThrow(/cắt ngang|không đầy đủ|hỏng/);
      const [units] = await target.query<{ n: number }>('SELECT count(*)::int AS n FROM units');
      expect(units!.n).toBe(0);
    } finally {
      await target.close();
    }
  });
});

describe.runIf(inject('testDatabase').kind === 'pglite')('npm run backup / restore on a PGlite folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'motcua-backup-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('still starts on a folder too deep for a socket, without the guard', async () => {
    const deep = path.join(dir, 'd'.repeat(60), 'e'.repeat(60));
    const hold = await holdDataDir(deep);
    await expect(holdDataDir(deep)).resolves.toBeDefined();
    await hold.release();
  });

  it('asks the running server through its socket, then restores into a new folder', { timeout: 120_000 }, async () => {
    const dataDir = path.join(dir, 'data');
    // What the server does at start: claim the folder, open it, serve backups.
    const hold = await holdDataDir(dataDir);
    const db = await openPgliteDb(dataDir);
    try {
      hold.serveBackups(db);
      await prepareDatabase(db, { adminPassword: 'Mat-khau-dau-2026', adminMustChangePassword: true });
      await expect(holdDataDir(dataDir)).rejects.toThrow(/đang dùng/);
      const file = path.join(dir, 'motcua.backup.gz');
      await backupCommand({ dataDir }, file);

      const restoredDir = path.join(dir, 'restored');
      await restoreCommand({ dataDir: restoredDir }, file);
      await expect(restoreCommand({ dataDir: restoredDir }, file)).rejects.toThrow(/không trống/);
      const restored = await openPgliteDb(restoredDir);
      try {
        expect(await fingerprint(restored)).toEqual(await fingerprint(db));
      } finally {
        await restored.close();
      }
    } finally {
      await hold.release();
      await db.close();
    }
  });
});
