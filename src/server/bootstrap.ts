import type { Db } from './db/db.ts';
import { migrate } from './db/migrate.ts';
import { seedInstallationDefaults, seedSampleCommune } from './db/reference-data.ts';
import { hashPassword } from './auth/password.ts';
import { setupNeeded } from './services/setup-status.ts';
import { recordMissingProcessingTimes } from './services/processing-times.ts';

export interface PrepareOptions {
  /** The demo's commune (Xã Hoàng An): training mode, `npm start`, the tests. A real install enters its own. */
  sampleCommune?: boolean;
  /**
   * Creates the first administrator with this password (the demo's, or MOTCUA_ADMIN_PASSWORD).
   * Without it, a database with no administrator waits for the first-run setup screen.
   */
  adminPassword?: string;
  /** A password from the environment or the console must be changed at the first login. */
  adminMustChangePassword?: boolean;
}

/**
 * Makes a database ready to serve: schema up to date, the installation's defaults, and the
 * sample commune or the first administrator when asked. Demo dossiers are separate
 * (mocks/demo-data) and only on request.
 */
export async function prepareDatabase(db: Db, options: PrepareOptions = {}) {
  const migrations = await migrate(db);
  await recordMissingProcessingTimes(db);
  const seededDefaults = await seedInstallationDefaults(db);
  const seededSample = options.sampleCommune ? await seedSampleCommune(db) : false;
  const createdAdmin = options.adminPassword ? await ensureAdmin(db, options.adminPassword, options.adminMustChangePassword ?? false) : false;
  return { migrations, seededDefaults, seededSample, createdAdmin };
}

/**
 * The first administrator. A password from the environment must be changed at first login
 * (`mustChangePassword`). An installation set up this way, without the setup screen, gets
 * a centre to belong to, named generically until the administrator enters the commune's
 * identity under Settings.
 */
async function ensureAdmin(db: Db, password: string, mustChangePassword: boolean): Promise<boolean> {
  if (!(await setupNeeded(db))) return false;
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO units (code, name, short_name, kind) SELECT '000.00.00.H00', 'Trung tâm Phục vụ hành chính công', 'Trung tâm PVHCC', 'centre'
       WHERE NOT EXISTS (SELECT 1 FROM units WHERE kind = 'centre')`,
    );
    await tx.query(
      `INSERT INTO users (username, full_name, title, role, unit_id, password_hash, must_change_password)
       SELECT 'admin', 'Quản trị hệ thống', 'Quản trị viên', 'admin', id, $1, $2 FROM units WHERE kind = 'centre'`,
      [passwordHash, mustChangePassword],
    );
    return true;
  });
}
