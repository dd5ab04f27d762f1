import { Pool, types } from 'pg';
import type { Db, Queryable } from './db.ts';

// `date` columns stay 'YYYY-MM-DD' strings (the default would make a local-midnight Date).
types.setTypeParser(types.builtins.DATE, (value: string) => value);
// bigint and numeric become numbers, as PGlite returns them (durations in ms, fractional
// procedure durations); every value the schema stores in them is far below 2^53.
types.setTypeParser(types.builtins.INT8, (value: string) => Number(value));
types.setTypeParser(types.builtins.NUMERIC, (value: string) => Number(value));

/** PostgreSQL adapter over a connection pool, used when DATABASE_URL is set. */
export function openPostgresDb(connectionString: string, maxConnections = 10): Db {
  const pool = new Pool({ connectionString, max: maxConnections });
  return {
    kind: 'postgres',
    async query<Row>(sql: string, params?: readonly unknown[]) {
      const result = await pool.query(sql, params ? [...params] : undefined);
      return result.rows as Row[];
    },
    async transaction<T>(work: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          async query<Row>(sql: string, params?: readonly unknown[]) {
            const r = await client.query(sql, params ? [...params] : undefined);
            return r.rows as Row[];
          },
          async exec(sql: string) {
            await client.query(sql);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}
