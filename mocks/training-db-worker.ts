import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { OpfsAhpFS } from '@electric-sql/pglite/opfs-ahp';
import { worker } from '@electric-sql/pglite/worker';

/** Where the training database lives in the browser. */
export type TrainingStorage = 'opfs' | 'idb';

/** What the page sends the worker to start the training database (PGliteWorker's `meta`). */
export interface TrainingDbStart {
  /** The database's name in the browser's storage. */
  name: string;
  /**
   * `opfs`: the origin private file system, one file handle per file of the data directory
   * (fast to open, and a query writes only what it changed). `idb`: IndexedDB, for browsers
   * that refuse that many handles (slower: it reads every file at start and rewrites whole
   * files after each query).
   */
  storage: TrainingStorage;
  /** PostgreSQL's WebAssembly, compiled by the page while it downloaded (so it could count the bytes). */
  pgliteWasmModule: WebAssembly.Module;
  /** PGlite's file bundle (`pglite.data`), downloaded by the page. */
  fsBundle: Blob;
  /** The shipped, seeded data directory, for a browser that has no training database yet. */
  snapshot?: Blob;
  /** File handles to make before loading it: its files and some room to grow. */
  fileHandles: number;
}

function isTrainingDbStart(value: unknown): value is TrainingDbStart {
  return typeof value === 'object' && value !== null && (value as TrainingDbStart).pgliteWasmModule instanceof WebAssembly.Module;
}

// The training database runs here, off the page's thread, so the page stays responsive
// while PostgreSQL starts and answers (OPFS file handles are only available in a worker).
// PGliteWorker elects one tab's worker to run it and the other tabs of the site talk to
// that one: two tabs never open the same database.
void worker({
  async init(options) {
    const start: unknown = options.meta;
    if (!isTrainingDbStart(start)) throw new Error('the training database worker was started without its files');
    const create = (snapshot?: Blob) =>
      PGlite.create({
        ...(start.storage === 'opfs' ? { fs: new OpfsAhpFS(start.name, { initialPoolSize: start.fileHandles }) } : { dataDir: `idb://${start.name}` }),
        pgliteWasmModule: start.pgliteWasmModule,
        fsBundle: start.fsBundle,
        loadDataDir: snapshot,
        extensions: { pg_trgm },
      });
    if (!start.snapshot) return create();
    try {
      return await create(start.snapshot);
    } catch (error) {
      // Another tab loaded the snapshot first (this tab became the leader later): open it.
      if (error instanceof Error && error.message.includes('already exists')) return create();
      throw error;
    }
  },
});
