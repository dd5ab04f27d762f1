import type { Db, Queryable } from '../../src/server/db/db.ts';

/**
 * Rows streamed into one table in PostgreSQL's COPY text format (`copyLine`). `write`
 * resolves once the database can take more, so a producer never runs far ahead of it.
 */
export interface BulkTable {
  write(lines: string): Promise<void>;
  /** The last rows are in once this resolves. */
  end(): Promise<void>;
}

/**
 * How a database takes bulk rows: PostgreSQL through `COPY … FROM STDIN` on its own
 * connection per table (tests/bench/bulk-loaders.ts), PGlite through COPY from a blob.
 */
export interface BulkLoader {
  open(table: string, columns: readonly string[]): Promise<BulkTable>;
}

const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value already in COPY's text format (`copyValue`'s result), written as it is. */
export class CopyText {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/** One value in COPY's text format: NULL is `\N`, instants are ISO strings, objects JSON. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof CopyText) return value.text;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => escapes[c]!) : text;
}

/** One row of COPY's text format, newline included. */
export function copyLine(values: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : '\t') + copyValue(values[i]);
  return `${line}\n`;
}

interface Deferred {
  drop: string;
  restore: string;
}

/**
 * What a bulk load sets aside on `tables` and puts back afterwards, the way a restore of a
 * dump does: foreign keys into, out of and between them, their primary keys, unique
 * constraints and indexes. Building each index once over the loaded rows, and checking
 * each foreign key with one join, is many times faster than maintaining them row by row.
 * The statements come from the catalogue, so they put back exactly what the migrations made.
 */
export async function setAsideConstraints(db: Queryable, tables: readonly string[]) {
  const keys = await db.query<Deferred & { kind: string }>(
    `SELECT contype AS kind,
       format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) AS drop,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS restore
     FROM pg_constraint
     WHERE contype IN ('p', 'u', 'f') AND (conrelid = ANY($1::regclass[]) OR confrelid = ANY($1::regclass[]))
     ORDER BY contype = 'f' DESC, conname`,
    [tables],
  );
  const indexes = await db.query<Deferred>(
    `SELECT format('DROP INDEX %s', i.indexrelid::regclass) AS drop, pg_get_indexdef(i.indexrelid) AS restore
     FROM pg_index i
     WHERE i.indrelid = ANY($1::regclass[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u'))
     ORDER BY 1`,
    [tables],
  );
  // Foreign keys go first (they depend on the keys), and come back last.
  for (const key of keys) await db.query(key.drop);
  for (const index of indexes) await db.query(index.drop);
  return {
    /** Builds the indexes and keys again and checks every foreign key over the loaded rows. */
    async restore(target: Db, onStep?: (statement: string) => void) {
      const unique = keys.filter((k) => k.kind !== 'f');
      const foreign = keys.filter((k) => k.kind === 'f');
      for (const { restore } of [...unique, ...indexes, ...foreign]) {
        onStep?.(restore);
        await target.transaction(async (tx) => {
          await tx.query("SET LOCAL maintenance_work_mem = '256MB'");
          await tx.query(restore);
        });
      }
    },
  };
}
