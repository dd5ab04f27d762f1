import type { Db, Queryable } from '../db/db.ts';
import { migrate, migrations } from '../db/migrate.ts';

/**
 * Logical backups that work the same on PGlite and PostgreSQL: every table of the schema,
 * read in one REPEATABLE READ transaction (one consistent snapshot while the server keeps
 * writing), written as JSON lines in foreign-key order. Each row is PostgreSQL's own
 * `to_jsonb(row)` and is read back with `jsonb_populate_recordset`, so every type (bytea,
 * timestamptz to the microsecond, jsonb, arrays) round-trips through the database's own
 * casts. The file is gzip-compressed by the caller.
 *
 *   #{"format":"motcua-backup","version":1,"createdAt":…,"database":…,"migrations":[…]}
 *   #{"table":"units"}
 *   {…row…}  (one line per row)
 *   #{"end":"units","rows":4}
 *   …
 *   #{"end":"backup","tables":17}
 *
 * Marker lines start with '#', rows with '{', so no column name can be mistaken for a marker.
 */
export const BACKUP_FORMAT = 'motcua-backup';
const BACKUP_VERSION = 1;

interface Header {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  database: Db['kind'];
  migrations: string[];
}

interface ForeignKey {
  child: string;
  parent: string;
  childColumn: string;
  parentColumn: string;
}

async function tableNames(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
  return rows.map((row) => row.name);
}

async function foreignKeys(db: Queryable): Promise<ForeignKey[]> {
  return db.query<ForeignKey>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
            ca.attname AS "childColumn", pa.attname AS "parentColumn"
     FROM pg_constraint c
     JOIN pg_attribute ca ON ca.attrelid = c.conrelid AND ca.attnum = c.conkey[1]
     JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  );
}

/** Tables with every table they reference before them (references to itself aside). */
export function dependencyOrder(tables: string[], keys: ForeignKey[]): string[] {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table)) return;
    if (visiting.has(table)) throw new Error(`Foreign keys form a cycle through ${table}: a backup cannot order it`);
    visiting.add(table);
    for (const key of keys) if (key.child === table && key.parent !== table && tables.includes(key.parent)) visit(key.parent);
    visiting.delete(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Writes a backup of `db` to `write` (one call per line, newline included). */
export async function writeBackup(db: Db, write: (line: string) => Promise<void> | void, now = new Date()): Promise<{ tables: number; rows: number }> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const tables = dependencyOrder(await tableNames(tx), await foreignKeys(tx));
    const applied = await tx.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    const header: Header = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      database: db.kind,
      migrations: applied.map((row) => row.name),
    };
    await write(`#${JSON.stringify(header)}\n`);
    let total = 0;
    for (const table of tables) {
      await write(`#${JSON.stringify({ table })}\n`);
      await tx.query(`DECLARE motcua_backup NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS row FROM ${quote(table)} t`);
      let rows = 0;
      // Scanned files make some rows megabytes long: fetch fewer at a time once batches get big.
      let batch = 200;
      for (;;) {
        const fetched = await tx.query<{ row: string }>(`FETCH ${batch} FROM motcua_backup`);
        let bytes = 0;
        for (const { row } of fetched) {
          await write(`${row}\n`);
          bytes += row.length;
        }
        rows += fetched.length;
        if (fetched.length < batch) break;
        if (bytes > 8_000_000) batch = Math.max(1, Math.floor(batch / 4));
      }
      await tx.query('CLOSE motcua_backup');
      await write(`#${JSON.stringify({ end: table, rows })}\n`);
      total += rows;
    }
    await write(`#${JSON.stringify({ end: 'backup', tables: tables.length })}\n`);
    return { tables: tables.length, rows: total };
  });
}

/** A marker line's JSON, or undefined for a row (or garbage). */
function marker<T>(line: string): Partial<T> | undefined {
  if (!line.startsWith('#')) return undefined;
  try {
    return JSON.parse(line.slice(1)) as Partial<T>;
  } catch {
    return undefined;
  }
}

function parseHeader(line: string | undefined): Header {
  const header = marker<Header>(line ?? '') ?? {};
  if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION || !Array.isArray(header.migrations)) {
    throw new Error('Không phải tệp sao lưu motcua (hoặc phiên bản không đọc được).');
  }
  const known = new Set(migrations.map((m) => m.name));
  const unknown = header.migrations.filter((name) => !known.has(name));
  if (unknown.length) throw new Error(`Tệp sao lưu từ phiên bản mới hơn (migration ${unknown.join(', ')}): hãy cập nhật motcua trước khi khôi phục.`);
  return header as Header;
}

class RowBatch {
  private rows: string[] = [];
  private bytes = 0;
  private readonly tx: Queryable;
  private readonly table: string;
  private readonly columns: string;
  constructor(tx: Queryable, table: string, columns: string) {
    this.tx = tx;
    this.table = table;
    this.columns = columns;
  }
  async add(row: string) {
    this.rows.push(row);
    this.bytes += row.length;
    if (this.rows.length >= 500 || this.bytes > 4_000_000) await this.flush();
  }
  async flush() {
    if (!this.rows.length) return;
    await this.tx.query(
      `INSERT INTO ${quote(this.table)} (${this.columns}) SELECT ${this.columns} FROM jsonb_populate_recordset(null::${quote(this.table)}, $1::jsonb)`,
      [`[${this.rows.join(',')}]`],
    );
    this.rows = [];
    this.bytes = 0;
  }
}

/** Rows of a table that references itself, parents first (units inside units). */
function parentsFirst(rows: string[], keys: ForeignKey[]): string[] {
  if (!keys.length) return rows;
  const parsed = rows.map((text) => ({ text, value: JSON.parse(text) as Record<string, unknown> }));
  const placed = new Set<string>();
  const ordered: string[] = [];
  let remaining = parsed;
  while (remaining.length) {
    const ready = remaining.filter((row) => keys.every((key) => row.value[key.childColumn] == null || placed.has(String(row.value[key.childColumn]))));
    if (!ready.length) throw new Error('Dữ liệu tự tham chiếu bị vòng lặp: không khôi phục được.');
    for (const row of ready) {
      ordered.push(row.text);
      for (const key of keys) placed.add(String(row.value[key.parentColumn]));
    }
    remaining = remaining.filter((row) => !ready.includes(row));
  }
  return ordered;
}

/**
 * Restores a backup into an empty database: applies the migrations the backup was taken
 * at, loads every table in one transaction (user triggers such as the append-only guard
 * off while loading), then applies any newer migrations this version has.
 */
export async function restoreBackup(db: Db, lines: AsyncIterable<string>): Promise<{ tables: number; rows: number; migrations: string[] }> {
  const [existing] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
  if (existing!.n > 0) throw new Error('Cơ sở dữ liệu đích không trống: chỉ khôi phục vào một thư mục dữ liệu hoặc database mới.');
  const iterator = lines[Symbol.asyncIterator]();
  const next = async () => {
    const result = await iterator.next();
    return result.done ? undefined : result.value;
  };
  const header = parseHeader(await next());
  await migrate(db, { only: header.migrations });

  const summary = await db.transaction(async (tx) => {
    const tables = await tableNames(tx);
    const keys = await foreignKeys(tx);
    const order = dependencyOrder(tables, keys);
    for (const table of tables) await tx.query(`ALTER TABLE ${quote(table)} DISABLE TRIGGER USER`);
    // Rows the migrations wrote (schema_migrations, default settings) give way to the backup's.
    for (const table of [...order].reverse()) await tx.query(`DELETE FROM ${quote(table)}`);
    let rows = 0;
    let restoredTables = 0;
    for (let line = await next(); line !== undefined; line = await next()) {
      if (!line.trim()) continue;
      const start = marker<{ table: string; end: string; tables: number }>(line);
      if (start?.end === 'backup') {
        if (start.tables !== restoredTables) throw new Error('Tệp sao lưu không đầy đủ.');
        for (const table of tables) await tx.query(`ALTER TABLE ${quote(table)} ENABLE TRIGGER USER`);
        await resetSequences(tx);
        return { tables: restoredTables, rows };
      }
      const table = start?.table;
      if (!table || !tables.includes(table)) throw new Error(`Tệp sao lưu hỏng: bảng không rõ ${String(table)}.`);
      const columns = (
        await tx.query<{ name: string }>(
          "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position",
          [table],
        )
      )
        .map((column) => quote(column.name))
        .join(', ');
      const batch = new RowBatch(tx, table, columns);
      const selfKeys = keys.filter((key) => key.child === table && key.parent === table);
      const held: string[] = [];
      let count = 0;
      for (let row = await next(); ; row = await next()) {
        if (row === undefined) throw new Error('Tệp sao lưu bị cắt ngang.');
        if (row.startsWith('#')) {
          const end = marker<{ end: string; rows: number }>(row);
          if (end?.end !== table || end.rows !== count) throw new Error(`Tệp sao lưu hỏng ở bảng ${table}.`);
          break;
        }
        count++;
        if (selfKeys.length) held.push(row);
        else await batch.add(row);
      }
      for (const row of parentsFirst(held, selfKeys)) await batch.add(row);
      await batch.flush();
      rows += count;
      restoredTables++;
    }
    throw new Error('Tệp sao lưu bị cắt ngang.');
  });
  const applied = await migrate(db);
  return { ...summary, migrations: applied };
}

/** Sequences (serial columns) continue after the restored rows. */
async function resetSequences(tx: Queryable): Promise<void> {
  const sequences = await tx.query<{ table_name: string; column_name: string; sequence: string }>(
    `SELECT t.relname AS table_name, a.attname AS column_name, s.relname AS sequence
     FROM pg_class s
     JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
     JOIN pg_class t ON t.oid = d.refobjid
     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
     WHERE s.relkind = 'S' AND s.relnamespace = 'public'::regnamespace`,
  );
  for (const s of sequences) {
    await tx.query(
      `SELECT setval($1::regclass, coalesce((SELECT max(${quote(s.column_name)}) FROM ${quote(s.table_name)}), 1),
         (SELECT max(${quote(s.column_name)}) IS NOT NULL FROM ${quote(s.table_name)}))`,
      [quote(s.sequence)],
    );
  }
}
