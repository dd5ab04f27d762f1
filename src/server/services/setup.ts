import type { z } from 'zod';
import type { Db } from '../db/db.ts';
import { message } from '../../domain/messages.ts';
import { passwordProblem } from '../../domain/password-policy.ts';
import { passwordProblemMessages } from '../../domain/schemas/auth.ts';
import type { SetupRequest } from '../../domain/schemas/setup.ts';
import { hashPassword } from '../auth/password.ts';
import { isCommonPassword } from '../auth/common-passwords.ts';
import { conflict, fieldError } from '../http/errors.ts';
import { sameSecret } from '../http/auth-middleware.ts';
import { setupNeeded } from './setup-status.ts';
import { appendAudit } from './audit.ts';
import { login } from './auth-service.ts';

/**
 * The first-run setup of an installation without an administrator: the centre's identity
 * (its unit and the letterhead) and the first administrator with the password they chose,
 * in one transaction; then the administrator is signed in. Closed once an administrator exists.
 */
export async function completeSetup(db: Db, input: z.output<typeof SetupRequest>, options: { setupCode?: string; address?: string }, now: Date) {
  if (!(await setupNeeded(db))) throw conflict(message('setup_already_done'), 'setup_done');
  if (options.setupCode !== undefined) {
    if (!input.setupCode) throw fieldError('setupCode', message('setup_code_required'));
    if (!sameSecret(input.setupCode.toUpperCase(), options.setupCode.toUpperCase())) throw fieldError('setupCode', message('setup_code_invalid'));
  }
  const problem = passwordProblem(input.admin.password, { username: input.admin.username }) ?? (isCommonPassword(input.admin.password) ? 'too_common' : undefined);
  if (problem) {
    const { code, params } = passwordProblemMessages[problem];
    throw fieldError('admin.password', params ? { code, params } : { code });
  }
  const passwordHash = await hashPassword(input.admin.password);
  const { identity, admin } = input;
  await db.transaction(async (tx) => {
    // Two browsers submitting at once: the second finds the administrator the first made.
    await tx.query('LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE');
    const [existing] = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE role = 'admin'");
    if (existing && existing.n > 0) throw conflict(message('setup_already_done'), 'setup_done');
    const [taken] = await tx.query("SELECT 1 FROM units WHERE lower(code) = lower($1) AND kind <> 'centre'", [identity.unitCode]);
    if (taken) throw fieldError('identity.unitCode', message('unit_code_taken', { code: identity.unitCode }));
    const [centre] = await tx.query<{ id: string }>(
      `INSERT INTO units (code, name, short_name, kind, address, phone) VALUES ($1, $2, $3, 'centre', $4, $5)
       ON CONFLICT ((kind)) WHERE kind = 'centre'
       DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, short_name = EXCLUDED.short_name, address = EXCLUDED.address, phone = EXCLUDED.phone, version = units.version + 1
       RETURNING id`,
      [identity.unitCode, identity.centreName, identity.centreShortName, identity.address, identity.phone],
    );
    const letterhead = {
      province: identity.province,
      communeName: identity.communeName,
      peoplesCommittee: identity.peoplesCommittee,
      place: identity.place,
      signerName: identity.signerName,
      signerTitle: identity.signerTitle,
      publicAddress: identity.publicAddress,
      unitCode: identity.unitCode,
    };
    await tx.query(
      `INSERT INTO settings (key, value, updated_at) VALUES ('centre', $1, $2)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, version = settings.version + 1, updated_at = EXCLUDED.updated_at`,
      [JSON.stringify(letterhead), now],
    );
    const [user] = await tx.query<{ id: string }>(
      `INSERT INTO users (username, full_name, title, role, unit_id, password_hash, must_change_password, password_changed_at, created_at)
       VALUES ($1, $2, 'Quản trị viên', 'admin', $3, $4, false, $5, $5) RETURNING id`,
      [admin.username, admin.fullName, centre!.id, passwordHash, now],
    );
    await appendAudit(tx, {
      at: now,
      actor: { username: admin.username },
      action: 'setup.complete',
      entity: 'settings',
      entityId: 'centre',
      entityLabel: identity.centreName,
      after: { ...identity, administrator: admin.username },
      details: { userId: user!.id },
      address: options.address,
    });
  });
  return login(db, { username: admin.username, password: admin.password, address: options.address }, now);
}
