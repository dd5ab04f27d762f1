import pgliteDataUrl from '@electric-sql/pglite/pglite.data?url';
import pgliteWasmUrl from '@electric-sql/pglite/pglite.wasm?url';
import { PGliteWorker } from '@electric-sql/pglite/worker';
import { pgliteFileBytes, trainingSnapshot } from 'virtual:training-snapshot';
import type { TrainingBootProgress, TrainingBootStep } from '../src/lib/training-context.ts';
import { pgliteParsers, wrapPglite, type PgliteDb } from '../src/server/db/pglite-port.ts';
import type { SessionStore } from './api-handlers.ts';
import type { TrainingDbStart, TrainingStorage } from './training-db-worker.ts';

// Training mode: the real API runs in the page, PostgreSQL (PGlite) in a Web Worker with
// its files in the browser's storage, and the MSW service worker routes the SPA's /api
// requests into the API. The SPA cannot tell the difference.
const DATABASE_NAME = 'motcua-training';
/** The IndexedDB database PGlite keeps `idb://motcua-training` in. */
const INDEXED_DB_NAME = `/pglite/${DATABASE_NAME}`;
/** Which storage holds a complete training database (set once a start has finished). */
const DATABASE_KEY = 'motcua-training-database';
const SESSION_KEY = 'motcua-training-session';
/**
 * A new browser starts from the demo database shipped with the build while it is at most
 * this old; older, its dossiers would all be overdue, so the page seeds fresh demo data
 * ending today instead (slower: PostgreSQL's initdb, the migrations and the generator).
 */
const SNAPSHOT_MAX_AGE_DAYS = 7;
/** File handles for a database made in the browser (initdb writes about 1,000 files). */
const NEW_DATABASE_FILE_HANDLES = 1200;

/** The session survives a reload within the tab, like a browser session cookie. */
const sessionStore: SessionStore = {
  get: () => sessionStorage.getItem(SESSION_KEY) ?? undefined,
  set: (value) => (value ? sessionStorage.setItem(SESSION_KEY, value) : sessionStorage.removeItem(SESSION_KEY)),
};

let openDb: PgliteDb | undefined;

export type TrainingProgress = (progress: TrainingBootProgress) => void;

/** The storage of this browser's training database, or null when it has none. */
async function storedDatabase(): Promise<TrainingStorage | null> {
  const marked = localStorage.getItem(DATABASE_KEY);
  if (marked === 'opfs' || marked === 'idb') return marked;
  // A database made before the marker existed, when PGlite ran on the page with IndexedDB.
  const databases = await indexedDB.databases();
  return databases.some((database) => database.name === INDEXED_DB_NAME) ? 'idb' : null;
}

/** Removes a training database, or what a start cut short left of one. */
async function deleteStorage(storage: TrainingStorage): Promise<void> {
  if (storage === 'opfs') {
    const root = await navigator.storage.getDirectory();
    // A worker just closed still holds its file handles for a moment.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await root.removeEntry(DATABASE_NAME, { recursive: true });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'NotFoundError') return;
        if (attempt === 10) {
          // Another tab still has the database open.
          throw new Error('Không xóa được dữ liệu đào tạo: hãy đóng các thẻ khác đang mở chế độ đào tạo rồi thử lại.', { cause: error });
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(INDEXED_DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('Không xóa được dữ liệu đào tạo'));
    // Another tab still holds the database open: the delete proceeds once it closes.
    request.onblocked = () => resolve();
  });
}

function usableSnapshot() {
  if (!trainingSnapshot) return null;
  const age = Date.now() - Date.parse(trainingSnapshot.madeAt);
  return age >= 0 && age <= SNAPSHOT_MAX_AGE_DAYS * 24 * 60 * 60 * 1000 ? trainingSnapshot : null;
}

/** A response whose body reports each chunk's size as it is read. */
function counted(response: Response, onBytes: (bytes: number) => void, contentType: string): Response {
  if (!response.ok || !response.body) throw new Error(`${response.url}: HTTP ${response.status}`);
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      onBytes(chunk.byteLength);
      controller.enqueue(chunk);
    },
  });
  return new Response(response.body.pipeThrough(counter), { headers: { 'content-type': contentType } });
}

async function startDatabase(start: Omit<TrainingDbStart, 'name'>): Promise<PGliteWorker> {
  const meta: TrainingDbStart = { name: DATABASE_NAME, ...start };
  const pg = await PGliteWorker.create(new Worker(new URL('./training-db-worker.ts', import.meta.url), { type: 'module' }), { meta });
  Object.assign(pg.parsers, pgliteParsers);
  await pg.refreshArrayTypes();
  return pg;
}

/**
 * Starts training mode, telling `onProgress` each step as it begins and the download's
 * bytes as they arrive (sizes are known from the build: the files are the same bytes
 * whatever the server's compression). Tabs start one at a time: a second tab opened during
 * a first start waits for it, then uses the same database.
 */
export async function startTrainingMode(onProgress: TrainingProgress): Promise<void> {
  await navigator.locks.request('motcua-training-start', () => startDatabaseAndApi(onProgress));
}

async function startDatabaseAndApi(onProgress: TrainingProgress): Promise<void> {
  // The API's code (a large chunk) downloads and parses while the database starts.
  const server = import('./training-api.ts');
  const stored = await storedDatabase();
  const snapshot = stored ? null : usableSnapshot();
  const steps: TrainingBootStep[] = ['download', stored ? 'open' : snapshot ? 'load' : 'create', 'migrate', ...(stored || snapshot ? [] : ['seed' as const]), 'serve'];
  const dataMadeAt = snapshot?.madeAt;
  const report = (current: TrainingBootStep, download?: TrainingBootProgress['download']) => onProgress({ steps, current, download, dataMadeAt });

  // 1. PostgreSQL's WebAssembly and files (and the shipped database), counted as they arrive.
  const download = { received: 0, total: pgliteFileBytes.wasm + pgliteFileBytes.data + (snapshot?.bytes ?? 0) };
  let shown = -1;
  const onBytes = (bytes: number) => {
    download.received += bytes;
    const percent = Math.floor((download.received / download.total) * 100);
    if (percent !== shown) {
      shown = percent;
      report('download', { ...download });
    }
  };
  report('download', { ...download });
  const [pgliteWasmModule, fsBundle, snapshotData] = await Promise.all([
    WebAssembly.compileStreaming(counted(await fetch(pgliteWasmUrl), onBytes, 'application/wasm')),
    fetch(pgliteDataUrl).then((response) => counted(response, onBytes, 'application/octet-stream').blob()),
    // No gzip type: a server that sends the .gz with Content-Encoding gives a plain tar, which PGlite also reads.
    snapshot ? fetch(snapshot.url).then((response) => counted(response, onBytes, 'application/octet-stream').blob()) : undefined,
  ]);

  // 2. The database: the one in this browser, else the shipped one, else an empty one.
  report(steps[1]!);
  const files = { pgliteWasmModule, fsBundle, snapshot: snapshotData, fileHandles: snapshot ? snapshot.files + 100 : NEW_DATABASE_FILE_HANDLES };
  let storage: TrainingStorage = stored ?? (typeof navigator.storage?.getDirectory === 'function' ? 'opfs' : 'idb');
  let pg: PGliteWorker;
  if (stored) {
    pg = await startDatabase({ storage, ...files });
  } else {
    await deleteStorage(storage);
    try {
      pg = await startDatabase({ storage, ...files });
    } catch (error) {
      if (storage === 'idb') throw error;
      // This browser does not give a worker enough file handles (Safari): IndexedDB instead.
      console.warn('Training database: OPFS failed, using IndexedDB', error);
      await deleteStorage('opfs').catch(() => undefined);
      storage = 'idb';
      pg = await startDatabase({ storage, ...files });
    }
  }
  const db = wrapPglite(pg);
  openDb = db;

  // 3. This build's schema, and demo data when neither this browser nor the build had it.
  report('migrate');
  const { prepareTrainingDatabase, serveTrainingApi } = await server;
  await prepareTrainingDatabase(db, () => {
    if (!steps.includes('seed')) steps.splice(steps.indexOf('serve'), 0, 'seed');
    report('seed');
  });
  localStorage.setItem(DATABASE_KEY, storage);

  // 4. The API in the page, and the service worker that routes /api requests to it.
  report('serve');
  await serveTrainingApi(db, sessionStore);
}

/** Deletes the training database; the page reloads into the shipped (or a freshly seeded) one. */
export async function resetTrainingData(): Promise<void> {
  sessionStorage.removeItem(SESSION_KEY);
  const storage = await storedDatabase();
  await openDb?.close();
  openDb = undefined;
  localStorage.removeItem(DATABASE_KEY);
  if (storage) await deleteStorage(storage);
}
