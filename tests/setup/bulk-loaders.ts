import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { PgliteDb } from '../../src/server/db/pglite-db.ts';
import type { BulkLoader, BulkTable } from '../../mocks/demo-data/bulk-load.ts';

/**
 * `COPY … FROM STDIN` on a connection of its own per table: the server parses and stores
 * one table's rows while the generator builds the next batch, and other tables' rows
 * travel at the same time.
 */
export function postgresBulkLoader(connectionString: string): BulkLoader & { close(): Promise<void> } {
  const pool = new Pool({ connectionString, max: 6 });
  return {
    async open(table, columns): Promise<BulkTable> {
      const client = await pool.connect();
      const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
      // Settles when the server has taken every row, or at the first error.
      const done = finished(stream);
      done.catch(() => {});
      return {
        async write(lines) {
          if (lines && !stream.write(lines)) await Promise.race([once(stream, 'drain'), done]);
          // A turn of the event loop even when the stream took the rows at once: statements
          // on other connections (index builds started meanwhile) get their replies and go on.
          else await new Promise((resolve) => setImmediate(resolve));
        },
        async end() {
          try {
            stream.end();
            await done;
          } finally {
            client.release();
          }
        },
      };
    },
    close: () => pool.end(),
  };
}

/** PGlite: COPY from a blob, a few megabytes at a time (one connection, so one after the other). */
export function pgliteBulkLoader(db: PgliteDb, chunkBytes = 8 * 1024 * 1024): BulkLoader {
  return {
    async open(table, columns): Promise<BulkTable> {
      let pending = '';
      const flush = async () => {
        if (pending) await db.copyFrom(table, columns, pending);
        pending = '';
      };
      return {
        async write(lines) {
          pending += lines;
          if (pending.length >= chunkBytes) await flush();
        },
        end: flush,
      };
    },
  };
}
