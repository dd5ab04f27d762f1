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

const DAY_MS = 86_400_000;
const twoDigits = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const threeDigits = Array.from({ length: 1_000 }, (_, n) => String(n).padStart(3, '0'));
/** 'YYYY-MM-DDT' of each UTC day met so far (a fill spans a few hundred). */
const isoDays = new Map<number, string>();

/**
 * `Date.prototype.toISOString`, the same text several times faster (a fill writes tens of
 * millions of instants): the date part is made once per day, the time part from tables.
 */
export function isoInstant(at: Date): string {
  const ms = at.getTime();
  const day = Math.floor(ms / DAY_MS);
  let date = isoDays.get(day);
  if (date === undefined) {
    // Throws on an invalid date, as toISOString does; years past 9999 keep its own form.
    const iso = at.toISOString();
    if (iso.length !== 24) return iso;
    date = iso.slice(0, 11);
    isoDays.set(day, date);
  }
  let within = ms - day * DAY_MS;
  const milli = within % 1_000;
  within = (within - milli) / 1_000;
  const second = within % 60;
  within = (within - second) / 60;
  const minute = within % 60;
  return `${date}${twoDigits[(within - minute) / 60]}:${twoDigits[minute]}:${twoDigits[second]}.${threeDigits[milli]}Z`;
}

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
  if (value instanceof Date) return isoInstant(value);
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
  /** The table whose lock the restoring statement takes. */
  table: string;
}

/** A statement of a restore: `exclusive` ones lock their table against every other step. */
interface Step {
  sql: string;
  table: string | null;
  exclusive: boolean;
}

/**
 * Runs `steps` on up to `lanes` connections at once, in their order as far as the tables'
 * locks allow: a step never starts while another holds a lock on its table that it would
 * wait for, so no lane sits blocked while there is other work.
 */
async function runInLanes(db: Db, steps: readonly Step[], lanes: number, onStep?: (statement: string) => void): Promise<void> {
  const pending = [...steps];
  /** Running steps per table; -1 for an exclusive one. */
  const busy = new Map<string, number>();
  let wake = () => {};
  let changed = new Promise<void>((resolve) => (wake = resolve));
  const runnable = (step: Step) => step.table === null || (step.exclusive ? !busy.has(step.table) : (busy.get(step.table) ?? 0) >= 0);
  const lane = async () => {
    while (pending.length > 0) {
      const index = pending.findIndex(runnable);
      if (index < 0) {
        await changed;
        continue;
      }
      const [step] = pending.splice(index, 1);
      const { sql, table, exclusive } = step!;
      if (table !== null) busy.set(table, exclusive ? -1 : (busy.get(table) ?? 0) + 1);
      onStep?.(sql);
      try {
        // One round trip, one transaction: sorting an index's keys in memory rather than
        // in temporary files.
        await db.exec(`SET LOCAL maintenance_work_mem = '1GB'; ${sql}`);
      } finally {
        if (table !== null) {
          const running = busy.get(table)!;
          if (running === -1 || running === 1) busy.delete(table);
          else busy.set(table, running - 1);
        }
        const done = wake;
        changed = new Promise<void>((resolve) => (wake = resolve));
        done();
      }
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}

/**
 * What a bulk load sets aside on `tables` and puts back afterwards, the way a restore of a
 * dump does: foreign keys into, out of and between them, their primary keys, unique
 * constraints and indexes. Building each index once over the loaded rows, and checking
 * each foreign key with one join, is many times faster than maintaining them row by row.
 * The statements come from the catalogue, so they put back exactly what the migrations made.
 */
export async function setAsideConstraints(db: Queryable, tables: readonly string[]) {
  const keys = await db.query<Deferred & { kind: string; validate: string }>(
    `SELECT contype AS kind, conrelid::regclass::text AS table,
       format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) AS drop,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS restore,
       format('ALTER TABLE %s VALIDATE CONSTRAINT %I', conrelid::regclass, conname) AS validate
     FROM pg_constraint
     WHERE contype IN ('p', 'u', 'f') AND (conrelid = ANY($1::regclass[]) OR confrelid = ANY($1::regclass[]))
     ORDER BY contype = 'f' DESC, conname`,
    [tables],
  );
  const indexes = await db.query<Deferred & { gin: boolean }>(
    `SELECT format('DROP INDEX %s', i.indexrelid::regclass) AS drop, pg_get_indexdef(i.indexrelid) AS restore,
       i.indrelid::regclass::text AS table, a.amname = 'gin' AS gin
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
     WHERE i.indrelid = ANY($1::regclass[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u'))
     ORDER BY 1`,
    [tables],
  );
  // Foreign keys go first (they depend on the keys), and come back last.
  for (const key of keys) await db.query(key.drop);
  for (const index of indexes) await db.query(index.drop);
  /** Tables whose keys and indexes are back. */
  const restored = new Set<string>();
  const pagesOf = async (target: Db) => {
    const sizes = new Map(
      (await target.query<{ table: string; pages: number }>('SELECT t::text AS table, (pg_relation_size(t) / 8192)::int AS pages FROM unnest($1::regclass[]) AS t', [tables]))
        .map(({ table, pages }) => [table, pages]),
    );
    return (table: string) => sizes.get(table) ?? 0;
  };
  const buildIndexes = async (target: Db, of: readonly string[], lanes: number, onStep?: (statement: string) => void) => {
    for (const table of of) restored.add(table);
    const pages = await pagesOf(target);
    // The longest first: GIN indexes (built by one process), then the biggest tables'.
    const builds: (Step & { gin: boolean })[] = [
      ...keys.filter((k) => k.kind !== 'f').map((k) => ({ sql: k.restore, table: k.table, exclusive: true, gin: false })),
      ...indexes.map((i) => ({ sql: i.restore, table: i.table, exclusive: false, gin: i.gin })),
    ]
      .filter((step) => of.includes(step.table))
      .sort((a, b) => Number(b.gin) - Number(a.gin) || pages(b.table) - pages(a.table));
    await runInLanes(target, builds, lanes, onStep);
  };
  return {
    /**
     * Builds the keys and indexes of `of`, tables whose rows are all in, on one connection
     * while the others are still being loaded. `restore` must wait for it.
     */
    restoreIndexesOf: (target: Db, of: readonly string[], onStep?: (statement: string) => void) => buildIndexes(target, of, 1, onStep),
    /**
     * Builds the other indexes and keys again and checks every foreign key over the loaded
     * rows, on two connections at once on PostgreSQL. `alongsideChecks`: statements that need
     * the keys and indexes, run while the foreign keys are checked.
     */
    async restore(target: Db, options: { onStep?: (statement: string) => void; alongsideChecks?: readonly string[] } = {}) {
      const { onStep, alongsideChecks = [] } = options;
      const lanes = target.kind === 'postgres' ? 2 : 1;
      await buildIndexes(target, tables.filter((table) => !restored.has(table)), lanes, onStep);
      // A foreign key added NOT VALID costs nothing; VALIDATE then checks the rows under a
      // lock of its own table only, so the checks of different tables run side by side.
      const pages = await pagesOf(target);
      const foreign = keys.filter((k) => k.kind === 'f');
      for (const key of foreign) await target.query(`${key.restore} NOT VALID`);
      await runInLanes(
        target,
        [
          ...alongsideChecks.map((sql) => ({ sql, table: null, exclusive: false })),
          ...foreign.sort((a, b) => pages(b.table) - pages(a.table)).map((k) => ({ sql: k.validate, table: k.table, exclusive: true })),
        ],
        lanes,
        onStep,
      );
    },
  };
}
