import { roleNamesVi, type Role } from '../../src/domain/roles.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import type { Db, Queryable } from '../../src/server/db/db.ts';
import { unitSeeds, type UnitKey } from '../../src/server/db/reference-data.ts';
import { buildDemoDataset, insertDemoDataset } from './dataset.ts';
import { loadDemoContext, type StaffUsernames } from './load-context.ts';

/** The password of every demo account (training mode, demos, screenshots). */
export const DEMO_PASSWORD = 'motcua2026';
/** The seed used when none is given: the day the two-level local government started. */
export const DEFAULT_SEED = 20_250_701;

export interface DemoLogin {
  username: string;
  role: Role;
  roleLabel: string;
  fullName: string;
  title: string;
  unitKey: UnitKey;
  unitName: string;
}

const unitName = (key: UnitKey) => unitSeeds.find((unit) => unit.key === key)!.name;
const login = (username: string, role: Role, fullName: string, title: string, unitKey: UnitKey): DemoLogin => ({
  username, role, roleLabel: roleNamesVi[role], fullName, title, unitKey, unitName: unitName(unitKey),
});

/** One account per role and department, shown on the training-mode login screen. */
export const demoLogins: DemoLogin[] = [
  login('motcua1', 'desk_officer', 'Nguyễn Thị Thu Hà', 'Công chức Trung tâm Phục vụ hành chính công', 'centre'),
  login('motcua2', 'desk_officer', 'Lê Văn Hùng', 'Công chức Trung tâm Phục vụ hành chính công', 'centre'),
  login('truongvp', 'department_head', 'Phạm Quang Minh', 'Chánh Văn phòng HĐND và UBND xã', 'office'),
  login('truongkt', 'department_head', 'Hoàng Văn Thắng', 'Trưởng phòng Kinh tế', 'economy'),
  login('truongvhxh', 'department_head', 'Vũ Thị Lan', 'Trưởng phòng Văn hóa - Xã hội', 'culture'),
  login('hotich', 'handler', 'Trần Thị Mai', 'Công chức Tư pháp - Hộ tịch', 'office'),
  login('diachinh', 'handler', 'Đặng Văn Nam', 'Công chức Địa chính - Xây dựng', 'economy'),
  login('vhxh', 'handler', 'Bùi Thị Hương', 'Công chức Văn hóa - Xã hội', 'culture'),
  login('chutich', 'chairperson', 'Đỗ Mạnh Cường', 'Chủ tịch UBND xã', 'centre'),
  login('admin', 'admin', 'Ngô Thanh Tùng', 'Quản trị viên', 'centre'),
];

// Work phones printed on form 02 as the guiding officer's contact; not part of the login list.
const staffPhones: Record<string, string> = {
  motcua1: '0912345678', motcua2: '0983456712', truongvp: '0915678234', truongkt: '0978123456', truongvhxh: '0936712845',
  hotich: '0962451378', diachinh: '0889234517', vhxh: '0357812946', chutich: '0913567824', admin: '0904567123',
};

/** Who acts on demo dossiers: the desk officers, the chairperson, and per department its head and handler. */
export const demoStaffUsernames: StaffUsernames = {
  deskOfficers: demoLogins.filter((l) => l.role === 'desk_officer').map((l) => l.username),
  chairperson: demoLogins.find((l) => l.role === 'chairperson')!.username,
  heads: Object.fromEntries(demoLogins.filter((l) => l.role === 'department_head').map((l) => [l.unitKey, l.username])),
  handlers: Object.fromEntries(demoLogins.filter((l) => l.role === 'handler').map((l) => [l.unitKey, l.username])),
};

/**
 * Creates the demo accounts that do not exist yet. The administrator made by bootstrap is
 * renamed and given the demo password instead of a second admin, but only on the first
 * run, so a password changed afterwards is never reset.
 */
export async function ensureDemoUsers(db: Db): Promise<number> {
  const existing = new Set(
    (await db.query<{ username: string }>('SELECT username FROM users WHERE username = ANY($1::text[])', [demoLogins.map((l) => l.username)])).map((r) => r.username),
  );
  const missing = demoLogins.filter((l) => !existing.has(l.username));
  const firstRun = missing.some((l) => l.role !== 'admin');
  const admin = demoLogins.find((l) => l.role === 'admin')!;
  const toUpdate = firstRun && existing.has(admin.username) ? [admin] : [];
  if (missing.length === 0 && toUpdate.length === 0) return 0;
  // Each account gets its own salt, so each is hashed separately (scrypt, ~10 accounts).
  const hashes = new Map<string, string>();
  for (const l of [...missing, ...toUpdate]) hashes.set(l.username, await hashPassword(DEMO_PASSWORD));
  return db.transaction(async (tx) => {
    const unitIds = await unitIdsByKey(tx);
    let created = 0;
    for (const l of missing) {
      const rows = await tx.query(
        `INSERT INTO users (username, full_name, title, role, unit_id, phone, password_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (username) DO NOTHING RETURNING id`,
        [l.username, l.fullName, l.title, l.role, unitIds.get(l.unitKey), staffPhones[l.username] ?? null, hashes.get(l.username)],
      );
      created += rows.length;
    }
    for (const l of toUpdate) {
      await tx.query(
        `UPDATE users SET full_name = $2, title = $3, unit_id = $4, phone = $5, password_hash = $6, version = version + 1
         WHERE username = $1`,
        [l.username, l.fullName, l.title, unitIds.get(l.unitKey), staffPhones[l.username] ?? null, hashes.get(l.username)],
      );
    }
    return created;
  });
}

async function unitIdsByKey(tx: Queryable): Promise<Map<UnitKey, string>> {
  const rows = await tx.query<{ id: string; code: string }>('SELECT id, code FROM units WHERE code = ANY($1::text[])', [unitSeeds.map((u) => u.code)]);
  const ids = new Map<UnitKey, string>();
  for (const unit of unitSeeds) {
    const row = rows.find((r) => r.code === unit.code);
    if (!row) throw new Error(`Demo data needs the reference data: unit ${unit.code} is missing`);
    ids.set(unit.key, row.id);
  }
  return ids;
}

/**
 * Fills a prepared database (schema, reference data, admin) with demo accounts and a
 * quarter's worth of dossiers ending at `now`. Idempotent: accounts that exist are kept,
 * and no dossier is generated once any dossier exists. Deterministic for a given seed and
 * `now`, except for the database-generated ids of the accounts.
 */
export async function seedDemoData(
  db: Db,
  options: { now: Date; dossierCount?: number; seed?: number },
): Promise<{ createdUsers: number; createdDossiers: number }> {
  const createdUsers = await ensureDemoUsers(db);
  const createdDossiers = await db.transaction(async (tx) => {
    const [existing] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
    if (existing && existing.n > 0) return 0;
    const context = await loadDemoContext(tx, options.now, demoStaffUsernames);
    const dataset = buildDemoDataset(context, { dossierCount: options.dossierCount ?? 600, seed: options.seed ?? DEFAULT_SEED });
    await insertDemoDataset(tx, dataset);
    return dataset.dossiers.length;
  });
  return { createdUsers, createdDossiers };
}
