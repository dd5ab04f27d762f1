import type { z } from 'zod';
import type { Queryable } from '../db/db.ts';
import type { LegShares } from '../../domain/control-slip.ts';
import type { NotificationTexts } from '../../domain/notifications.ts';
import type { CentreSettings } from '../../domain/schemas/catalogue.ts';
import {
  LegSharesSchema,
  NotificationTextsSchema,
  SupplementDeadlineSchema,
  WorkingTimeSettingsSchema,
  settingDefaults,
  settingKeys,
  type SettingsSection,
} from '../../domain/schemas/settings.ts';
import type { WorkingTimeSettings } from '../../domain/working-time.ts';

/** One settings row: its value and version (0 when the row does not exist yet). */
export async function readSettingRow(db: Queryable, section: SettingsSection): Promise<{ value: unknown; version: number }> {
  const [row] = await db.query<{ value: unknown; version: number }>('SELECT value, version FROM settings WHERE key = $1', [settingKeys[section]]);
  return row ?? { value: undefined, version: 0 };
}

/**
 * A setting's value, or its default when the row is missing or unreadable (the API checks
 * every value it writes, so that means an installation older than the setting).
 */
async function readSetting<T>(db: Queryable, section: SettingsSection, schema: z.ZodType<T>, fallback: T): Promise<T> {
  return settingOrDefault((await readSettingRow(db, section)).value, schema, fallback);
}

function settingOrDefault<T>(value: unknown, schema: z.ZodType<T>, fallback: T): T {
  if (value === undefined || value === null) return fallback;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** The working hours from the `settings` row's value (read with the calendar's days), or the default. */
export function workingTimeSettingsOf(value: unknown): WorkingTimeSettings {
  return settingOrDefault(value, WorkingTimeSettingsSchema, settingDefaults.workingTime);
}

/** Working days an applicant gets to bring a supplement, unless the handler sets another. */
export async function loadSupplementDeadlineDays(db: Queryable): Promise<number> {
  return (await readSetting(db, 'supplementDeadline', SupplementDeadlineSchema, settingDefaults.supplementDeadline)).supplementDeadlineWorkingDays;
}

/** The leg shares a new procedure starts from. */
export function loadDefaultLegShares(db: Queryable): Promise<LegShares> {
  return readSetting(db, 'legShares', LegSharesSchema, settingDefaults.legShares);
}

/** The administrator's texts of the messages to applicants (the shipped ones fill the rest). */
export function loadNotificationTexts(db: Queryable): Promise<NotificationTexts> {
  return readSetting<NotificationTexts>(db, 'notificationTexts', NotificationTextsSchema, settingDefaults.notificationTexts);
}

/** What the printed forms show of the centre: the centre unit and the letterhead's row. */
export async function loadCentreSettings(db: Queryable): Promise<CentreSettings> {
  const [centre] = await db.query<{ name: string; code: string; address: string; phone: string }>(
    "SELECT name, code, address, phone FROM units WHERE kind = 'centre' ORDER BY created_at LIMIT 1",
  );
  const { value } = await readSettingRow(db, 'identity');
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof stored[key] === 'string' ? (stored[key] as string) : '');
  return {
    province: text('province'),
    peoplesCommittee: text('peoplesCommittee'),
    communeName: text('communeName'),
    place: text('place'),
    unitCode: centre?.code ?? '',
    centreName: centre?.name ?? '',
    address: centre?.address ?? '',
    phone: centre?.phone ?? '',
    publicAddress: text('publicAddress'),
    signerName: text('signerName'),
    signerTitle: text('signerTitle'),
    registerBook: text('registerBook'),
  };
}
