import type { Db, Queryable } from '../../src/server/db/db.ts';

/** One statement the API ran, with what it returned and the transaction it ran in. */
export interface Statement {
  sql: string;
  params: readonly unknown[] | undefined;
  rows: Record<string, unknown>[];
  /** Statements of one `transaction()` call share a number; null outside a transaction. */
  transaction: number | null;
}

/**
 * A Db that passes everything through and, while recording, keeps every statement. The
 * bench records what the API runs for a request and replays exactly those statements
 * through the Db port: the "bare SQL for the same work".
 */
export class RecordingDb implements Db {
  #recording: Statement[] | null = null;
  #transactions = 0;

  readonly inner: Db;

  constructor(inner: Db) {
    this.inner = inner;
  }

  get kind() {
    return this.inner.kind;
  }

  async record<T>(work: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
    this.#recording = [];
    try {
      const result = await work();
      return { result, statements: this.#recording };
    } finally {
      this.#recording = null;
    }
  }

  #wrap(queryable: Queryable, transaction: number | null): Queryable {
    return {
      query: async <Row>(sql: string, params?: readonly unknown[]) => {
        const rows = await queryable.query<Row>(sql, params);
        this.#recording?.push({ sql, params: params ? [...params] : undefined, rows: rows as Record<string, unknown>[], transaction });
        return rows;
      },
      exec: async (sql: string) => {
        await queryable.exec(sql);
        this.#recording?.push({ sql, params: undefined, rows: [], transaction });
      },
    };
  }

  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]> {
    return this.#wrap(this.inner, null).query<Row>(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.#wrap(this.inner, null).exec(sql);
  }

  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const id = ++this.#transactions;
    return this.inner.transaction((tx) => work(this.#wrap(tx, id)));
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/** The session lookup of the auth middleware: API overhead, not the work of the request. */
export const isSessionLookup = (statement: Statement) => /\bFROM sessions s\b/.test(statement.sql);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
let replayed = 0;

/**
 * Runs recorded statements again through the Db port, in the same transactions. For a
 * write, ids the database generated (RETURNING id) differ on replay, so later parameters
 * that carried a recorded id get the new one, and a new dossier gets a fresh unique code.
 */
export async function replay(db: Db, statements: readonly Statement[]): Promise<void> {
  const remap = new Map<unknown, unknown>();
  const run = async (queryable: Queryable, statement: Statement) => {
    let params = statement.params?.map((p) => (remap.has(p) ? remap.get(p) : p));
    if (params && /^\s*INSERT INTO dossiers\b/.test(statement.sql)) params = [`${String(params[0])}-R${++replayed}`, ...params.slice(1)];
    const rows = await queryable.query<Record<string, unknown>>(statement.sql, params);
    statement.rows.forEach((recorded, i) => {
      for (const [column, value] of Object.entries(recorded)) {
        const now = rows[i]?.[column];
        if (typeof value === 'string' && uuidPattern.test(value) && typeof now === 'string' && now !== value) remap.set(value, now);
      }
    });
  };
  for (let i = 0; i < statements.length; ) {
    const transaction = statements[i]!.transaction;
    if (transaction === null) {
      await run(db, statements[i]!);
      i++;
      continue;
    }
    let end = i;
    while (end < statements.length && statements[end]!.transaction === transaction) end++;
    const group = statements.slice(i, end);
    await db.transaction(async (tx) => {
      for (const statement of group) await run(tx, statement);
    });
    i = end;
  }
}
