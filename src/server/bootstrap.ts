import type { Db } from './db/db.ts';
import { migrate } from './db/migrate.ts';
import { seedReferenceData, unitSeeds } from './db/reference-data.ts';
import { hashPassword } from './auth/password.ts';
import { recordMissingProcessingTimes } from './services/processing-times.ts';

/**
 * Makes a database ready to serve: schema up to date, reference data present and an
 * administrator account. Demo data is separate (mocks/demo-data) and only on request.
 */
export async function prepareDatabase(db: Db, options: { adminPassword: string; adminMustChangePassword?: boolean }) {
  const migrations = await migrate(db);
  await recordMissingProcessingTimes(db);
  const seededReference = await seedReferenceData(db);
  const createdAdmin = await ensureAdmin(db, options.adminPassword, options.adminMustChangePassword ?? false);
  return { migrations, seededReference, createdAdmin };
}

/**
 * The first administrator. A real install's first password was printed on the console or
 * set in the environment, so it must be changed at first login (`mustChangePassword`).
 */
async function ensureAdmin(db: Db, password: string, mustChangePassword: boolean): Promise<boolean> {
  const [existing] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE role = 'admin'");
  if (existing && existing.n > 0) return false;
  const passwordHash = await hashPassword(password);
  await db.query(
    `INSERT INTO users (username, full_name, title, role, unit_id, password_hash, must_change_password)
     SELECT 'admin', 'Quản trị hệ thống', 'Quản trị viên', 'admin', id, $1, $3 FROM units WHERE code = $2`,
    [passwordHash, unitSeeds[0].code, mustChangePassword],
  );
  return true;
}
