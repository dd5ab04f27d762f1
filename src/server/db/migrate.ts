import type { Db } from './db.ts';

// Plain .sql files, bundled as text by Vite in every host (server build, browser, tests).
const files = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });

export const migrations = Object.entries(files)
  .map(([path, sql]) => ({ name: path.replace(/^.*\//, '').replace(/\.sql$/, ''), sql }))
  .sort((a, b) => a.name.localeCompare(b.name));

/** Several servers may start at once on one PostgreSQL: one of them migrates at a time. */
const MIGRATION_LOCK = 20_251_115;

/**
 * Applies the migrations not yet applied, each in its own transaction, in name order.
 * `only` limits them to a list (a restore first rebuilds the schema its backup was taken at).
 * Each transaction first takes an advisory lock and looks again at what is applied, so
 * servers starting together on one database apply each migration once.
 */
export async function migrate(db: Db, options: { only?: readonly string[] } = {}): Promise<string[]> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  });
  const applied: string[] = [];
  for (const migration of migrations) {
    if (options.only && !options.only.includes(migration.name)) continue;
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const [row] = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [migration.name]);
      if (row) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [migration.name]);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}
