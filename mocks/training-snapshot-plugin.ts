import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runnerImport, type Plugin } from 'vite';

/** What mocks/training-snapshot.ts exports (it is imported at build time, through Vite). */
interface SnapshotModule {
  buildTrainingSnapshot(now: Date): Promise<Blob>;
}

/** The regular files in a gzip'd tar: the browser's storage needs a file handle for each. */
function countFiles(tarGz: Uint8Array): number {
  const tar = gunzipSync(tarGz);
  let files = 0;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = Number.parseInt(new TextDecoder().decode(header.subarray(124, 136)).replace(/\0.*$/, '').trim() || '0', 8);
    const type = header[156];
    if (type === 0 || type === 0x30) files += 1;
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

const virtualId = 'virtual:training-snapshot';
const resolvedId = `\0${virtualId}`;

/**
 * `virtual:training-snapshot` for training mode (mocks/browser.ts): the sizes of PGlite's
 * files, to count download progress, and, in `vite build --mode training`, the seeded
 * database made now by mocks/training-snapshot.ts, emitted as an asset with its URL and the
 * instant it was made. The dev server gives no snapshot: the page seeds its own database.
 */
export function trainingSnapshot(): Plugin {
  let root = '';
  let shipSnapshot = false;
  return {
    name: 'motcua-training-snapshot',
    configResolved(config) {
      root = config.root;
      shipSnapshot = config.command === 'build' && config.mode === 'training' && !config.build.ssr;
    },
    resolveId: {
      filter: { id: new RegExp(`^${virtualId}$`) },
      handler: () => resolvedId,
    },
    load: {
      filter: { id: new RegExp(`^\0${virtualId}$`) },
      async handler() {
        const require = createRequire(path.join(root, 'package.json'));
        const bytes = (file: string) => statSync(require.resolve(`@electric-sql/pglite/${file}`)).size;
        const files = `export const pgliteFileBytes = { wasm: ${bytes('pglite.wasm')}, data: ${bytes('pglite.data')} };\n`;
        if (!shipSnapshot) return `${files}export const trainingSnapshot = null;\n`;
        const madeAt = new Date();
        const { module } = await runnerImport<SnapshotModule>(path.join(root, 'mocks/training-snapshot.ts'), { root, configFile: false, logLevel: 'warn' });
        const snapshot = await module.buildTrainingSnapshot(madeAt);
        const source = new Uint8Array(await snapshot.arrayBuffer());
        const reference = this.emitFile({ type: 'asset', name: 'training-db.tar.gz', source });
        const fields = `url: import.meta.ROLLUP_FILE_URL_${reference}, madeAt: ${JSON.stringify(madeAt.toISOString())}, bytes: ${snapshot.size}, files: ${countFiles(source)}`;
        return `${files}export const trainingSnapshot = { ${fields} };\n`;
      },
    },
  };
}
