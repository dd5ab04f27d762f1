import type { z } from 'zod';
import type { Db, Queryable } from '../../db/db.ts';
import { message } from '../../../domain/messages.ts';
import type { CurrentUser } from '../../../domain/schemas/auth.ts';
import {
  CentreIdentitySchema,
  LegSharesSchema,
  NotificationTextsSchema,
  SessionSettingsSchema,
  SupplementDeadlineSchema,
  WorkingTimeSettingsSchema,
  settingDefaults,
  settingKeys,
  type AdminSettings,
  type CentreIdentity,
  type IdentityUpdate,
  type SettingsSection,
} from '../../../domain/schemas/settings.ts';
import { fieldError } from '../../http/errors.ts';
import { appendAudit } from '../audit.ts';
import { loadCentre } from '../actions/perform-action.ts';
import { readSettingRow } from '../settings.ts';
import { requireAdmin, staleRecord } from './access.ts';
import { writeUnit } from './directory.ts';

type ValueSection = Exclude<SettingsSection, 'identity'>;

const schemas = {
  workingTime: WorkingTimeSettingsSchema,
  supplementDeadline: SupplementDeadlineSchema,
  legShares: LegSharesSchema,
  sessions: SessionSettingsSchema,
  notificationTexts: NotificationTextsSchema,
} satisfies Record<ValueSection, z.ZodType>;

async function readSection<S extends ValueSection>(db: Queryable, section: S): Promise<{ value: z.output<(typeof schemas)[S]>; version: number }> {
  const row = await readSettingRow(db, section);
  const parsed = schemas[section].safeParse(row.value);
  // A row the schema cannot read (an older shape) is shown as the default; saving replaces it.
  return { value: (parsed.success ? parsed.data : settingDefaults[section]) as z.output<(typeof schemas)[S]>, version: row.version };
}

interface CentreUnitRow {
  id: string;
  code: string;
  name: string;
  short_name: string;
  address: string;
  phone: string;
  version: number;
}

async function readIdentity(db: Queryable): Promise<AdminSettings['identity']> {
  const centre = await loadCentre(db);
  const [unit] = await db.query<CentreUnitRow>('SELECT id, code, name, short_name, address, phone, version FROM units WHERE id = $1', [centre.id]);
  const row = await readSettingRow(db, 'identity');
  const stored = (typeof row.value === 'object' && row.value !== null ? row.value : {}) as Partial<Record<keyof CentreIdentity, unknown>>;
  const text = (key: keyof CentreIdentity) => (typeof stored[key] === 'string' ? (stored[key] as string) : '');
  return {
    value: {
      centreName: unit!.name,
      centreShortName: unit!.short_name,
      unitCode: unit!.code,
      address: unit!.address,
      phone: unit!.phone,
      publicAddress: text('publicAddress'),
      province: text('province'),
      communeName: text('communeName'),
      peoplesCommittee: text('peoplesCommittee'),
      place: text('place'),
      signerName: text('signerName'),
      signerTitle: text('signerTitle'),
    },
    version: row.version,
    unitVersion: unit!.version,
  };
}

export async function getAdminSettings(db: Queryable, user: CurrentUser): Promise<AdminSettings> {
  requireAdmin(user);
  return {
    identity: await readIdentity(db),
    workingTime: await readSection(db, 'workingTime'),
    supplementDeadline: await readSection(db, 'supplementDeadline'),
    legShares: await readSection(db, 'legShares'),
    sessions: await readSection(db, 'sessions'),
    notificationTexts: await readSection(db, 'notificationTexts'),
  };
}

/** Writes one settings row if it is still at `version` (0: it did not exist). */
async function writeSettingRow(tx: Queryable, section: SettingsSection, value: unknown, version: number, now: Date): Promise<void> {
  const key = settingKeys[section];
  const written =
    version === 0
      ? await tx.query('INSERT INTO settings (key, value, version, updated_at) VALUES ($1, $2, 1, $3) ON CONFLICT (key) DO NOTHING RETURNING key', [key, JSON.stringify(value), now])
      : await tx.query('UPDATE settings SET value = $2, version = version + 1, updated_at = $3 WHERE key = $1 AND version = $4 RETURNING key', [key, JSON.stringify(value), now, version]);
  if (written.length !== 1) throw staleRecord();
}

/** Saves one section (not the identity) and logs it with its value before and after. */
export async function updateSettingsSection<S extends ValueSection>(db: Db, user: CurrentUser, section: S, value: z.output<(typeof schemas)[S]>, version: number, now: Date) {
  requireAdmin(user);
  return db.transaction(async (tx) => {
    const before = await readSection(tx, section);
    await writeSettingRow(tx, section, value, version, now);
    await appendAudit(tx, { at: now, actor: user, action: 'settings.update', entity: 'settings', entityId: settingKeys[section], entityLabel: section, before: before.value, after: value });
    return getAdminSettings(tx, user);
  });
}

/** The centre's identity: the centre unit's columns and the letterhead's row, in one transaction. */
export async function updateIdentity(db: Db, user: CurrentUser, input: z.output<typeof IdentityUpdate>, now: Date) {
  requireAdmin(user);
  return db.transaction(async (tx) => {
    const before = await readIdentity(tx);
    if (before.version !== input.version || before.unitVersion !== input.unitVersion) throw staleRecord();
    const centre = await loadCentre(tx);
    const [taken] = await tx.query('SELECT 1 FROM units WHERE lower(code) = lower($1) AND id <> $2', [input.unitCode, centre.id]);
    if (taken) throw fieldError('unitCode', message('unit_code_taken', { code: input.unitCode }));
    await writeUnit(tx, centre.id, input.unitVersion, {
      code: input.unitCode,
      name: input.centreName,
      shortName: input.centreShortName,
      address: input.address,
      phone: input.phone,
      active: true,
    });
    const stored = (await readSettingRow(tx, 'identity')).value;
    const keep = typeof stored === 'object' && stored !== null ? stored : {};
    await writeSettingRow(
      tx,
      'identity',
      {
        ...keep,
        province: input.province,
        communeName: input.communeName,
        peoplesCommittee: input.peoplesCommittee,
        place: input.place,
        signerName: input.signerName,
        signerTitle: input.signerTitle,
        publicAddress: input.publicAddress,
        unitCode: input.unitCode,
      },
      input.version,
      now,
    );
    const after: CentreIdentity = CentreIdentitySchema.parse(input);
    await appendAudit(tx, { at: now, actor: user, action: 'settings.update', entity: 'settings', entityId: settingKeys.identity, entityLabel: 'identity', before: before.value, after });
    return getAdminSettings(tx, user);
  });
}
