import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { Db } from '../db/db.ts';
import { writeBackup } from './backup.ts';

/**
 * PGlite lets one process open a data folder. The process that has it open (the server, or
 * a backup run while the server is stopped) listens on a Unix socket inside the folder,
 * readable by its owner only: a second server refuses to start on the same folder, and
 * `npm run backup` asks the running server for the backup instead of opening the files.
 */
export function controlSocketPath(dataDir: string): string {
  return path.join(dataDir, '.motcua-control.sock');
}

/** True when a process answers on the socket (a leftover file from a crash does not). */
export async function socketIsLive(socketPath: string): Promise<boolean> {
  if (!existsSync(socketPath)) return false;
  return new Promise((resolve) => {
    const socket = connect(socketPath);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function writeLine(stream: Writable, line: string): Promise<void> {
  if (!stream.write(line)) await once(stream, 'drain');
}

/** Streams a gzip-compressed backup of `db` into `destination`. */
export async function streamBackup(db: Db, destination: Writable): Promise<void> {
  const gzip = createGzip();
  gzip.pipe(destination);
  const finished = once(destination, 'finish');
  await writeBackup(db, (line) => writeLine(gzip, line));
  gzip.end();
  await finished;
}

export interface DataDirHold {
  /** From now on `GET /backup` on the socket streams a backup of `db`. */
  serveBackups(db: Db): void;
  release(): Promise<void>;
}

/**
 * Claims the data folder (created if missing) before anything opens it. Throws when
 * another process already holds it.
 */
export async function holdDataDir(dataDir: string): Promise<DataDirHold> {
  const socketPath = controlSocketPath(dataDir);
  if (await socketIsLive(socketPath)) {
    throw new Error(`Một tiến trình motcua khác đang dùng thư mục dữ liệu ${dataDir}. Hãy dừng nó trước.`);
  }
  await mkdir(dataDir, { recursive: true });
  await rm(socketPath, { force: true });
  let db: Db | undefined;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (db && req.method === 'GET' && req.url === '/backup') {
      res.writeHead(200, { 'content-type': 'application/gzip' });
      streamBackup(db, res).catch((error: unknown) => res.destroy(error instanceof Error ? error : new Error(String(error))));
      return;
    }
    res.writeHead(db ? 404 : 503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(db ? 'not found\n' : 'busy\n');
  });
  server.listen(socketPath);
  try {
    await once(server, 'listening');
  } catch (error) {
    // A Unix socket path has at most ~107 bytes: a deeply nested folder cannot have one.
    if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw error;
    console.warn(`Thư mục dữ liệu ${dataDir} nằm quá sâu để mở socket điều khiển: hãy dừng máy chủ trước khi sao lưu, và đừng chạy hai máy chủ trên cùng thư mục.`);
    return { serveBackups: () => {}, release: async () => {} };
  }
  await chmod(socketPath, 0o600);
  return {
    serveBackups: (served) => void (db = served),
    async release() {
      server.close();
      await rm(socketPath, { force: true });
    },
  };
}

/** Asks the process holding the folder for a backup; resolves with the gzip stream. */
export function requestBackup(socketPath: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, path: '/backup', method: 'GET' }, (res) => {
      if (res.statusCode === 200) resolve(res);
      else reject(new Error(`Tiến trình đang giữ thư mục dữ liệu trả lời ${res.statusCode}: chưa thể sao lưu lúc này.`));
    });
    req.once('error', reject);
    req.end();
  });
}
