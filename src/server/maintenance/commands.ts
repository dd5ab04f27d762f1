import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Db } from '../db/db.ts';
import { openDatabase } from '../db/open-db.ts';
import { restoreBackup } from './backup.ts';
import { controlSocketPath, holdDataDir, requestBackup, socketIsLive, streamBackup } from './control-socket.ts';

export interface DatabaseTarget {
  /** PostgreSQL when set; otherwise PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
}

/**
 * `npm run backup -- <file>`: one consistent, gzip-compressed file. On PostgreSQL it reads
 * a snapshot over a connection of its own; on PGlite it asks the running server through
 * the folder's control socket, or opens the folder itself when no server holds it.
 * The file appears only when complete (written to `<file>.partial`, then renamed).
 */
export async function backupCommand(target: DatabaseTarget, file: string): Promise<void> {
  const partial = `${file}.partial`;
  try {
    if (target.databaseUrl) {
      await withDatabase(target, (db) => streamBackup(db, createWriteStream(partial)));
    } else if (await socketIsLive(controlSocketPath(target.dataDir))) {
      await pipeline(await requestBackup(controlSocketPath(target.dataDir)), createWriteStream(partial));
    } else {
      if (!existsSync(target.dataDir)) throw new Error(`Không có thư mục dữ liệu ${target.dataDir}.`);
      const hold = await holdDataDir(target.dataDir);
      try {
        await withDatabase(target, (db) => streamBackup(db, createWriteStream(partial)));
      } finally {
        await hold.release();
      }
    }
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** The lines of a gzip-compressed backup file. */
export function backupLines(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
}

/** `npm run restore -- <file>`: into an empty PostgreSQL database, or a new (or empty) PGlite data folder. */
export async function restoreCommand(target: DatabaseTarget, file: string) {
  if (!existsSync(file)) throw new Error(`Không có tệp ${file}.`);
  if (target.databaseUrl) return withDatabase(target, (db) => restoreBackup(db, backupLines(file)));
  if (existsSync(target.dataDir) && (await readdir(target.dataDir)).length > 0) {
    throw new Error(`Thư mục dữ liệu ${target.dataDir} không trống: chỉ khôi phục vào một thư mục mới.`);
  }
  const hold = await holdDataDir(target.dataDir);
  try {
    return await withDatabase(target, (db) => restoreBackup(db, backupLines(file)));
  } finally {
    await hold.release();
  }
}

async function withDatabase<T>(target: DatabaseTarget, work: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDatabase(target);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
