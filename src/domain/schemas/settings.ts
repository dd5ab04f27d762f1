import { z } from './zod-locale.ts';
import { defaultLegShares, legShareKinds, legSharesProblem } from '../control-slip.ts';
import { messageCode, type MessageCode } from '../messages.ts';
import { notificationTemplates, unknownPlaceholders, type NotificationTemplate } from '../notifications.ts';
import { defaultWorkingTimeSettings, weekdays, workingTimeProblems, type WorkingTimeProblem } from '../working-time.ts';
import { defaultSupplementDeadlineWorkingDays } from '../supplements.ts';
import { requiredText, optionalText, RowVersion, PG_INTEGER_MAX } from './common.ts';

// The settings an administrator edits (Quản trị → Cài đặt). Each section is one row of the
// `settings` table with its own version; the same schemas check the form and the API.

const Clock = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, messageCode('clock_invalid'));
const Period = z.object({ start: Clock, end: Clock });
const DayHoursSchema = z.object({ morning: Period.nullable(), afternoon: Period.nullable() });

const workingTimeMessages: Record<WorkingTimeProblem['problem'], MessageCode> = {
  time_invalid: 'clock_invalid',
  period_empty: 'office_period_empty',
  lunch_overlap: 'office_lunch_overlap',
  no_standard_day: 'office_no_standard_day',
  due_soon_invalid: 'number_too_small',
};

/** Office hours per weekday, same-day cut-off and "due soon" days (`working_time`). */
export const WorkingTimeSettingsSchema = z
  .object({
    week: z.object(Object.fromEntries(weekdays.map((day) => [day, DayHoursSchema])) as Record<(typeof weekdays)[number], typeof DayHoursSchema>),
    sameDayCutoff: Clock,
    dueSoonWorkingDays: z.number().int().min(0).max(30),
  })
  .superRefine((value, ctx) => {
    for (const problem of workingTimeProblems(value)) {
      // Malformed times already have their own issue from the Clock schema.
      if (problem.problem === 'time_invalid') continue;
      ctx.addIssue({ code: 'custom', path: problem.path.split('.'), message: messageCode(workingTimeMessages[problem.problem]) });
    }
  });
export type WorkingTimeSettingsInput = z.infer<typeof WorkingTimeSettingsSchema>;

/** An http(s) address of a host, optionally with a path (no query or fragment). */
const isWebAddress = (value: string) => /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i.test(value);

/**
 * The centre's identity on every form: the centre unit's name, code, address and phone,
 * and the letterhead's province, commune and people's committee, the place written before
 * the date, and who signs for the committee (form 04, form 05).
 */
export const CentreIdentitySchema = z.object({
  centreName: requiredText('unit_name_required', 200),
  centreShortName: requiredText('short_name_required', 80),
  unitCode: z.string().trim().min(1, messageCode('unit_code_required')).max(40).regex(/^[0-9A-Za-z._-]+$/, messageCode('unit_code_invalid')),
  address: optionalText(300),
  phone: optionalText(40),
  /**
   * Where citizens reach this server (the receipt's QR code opens its lookup page there), e.g.
   * https://motcua.hoangan.gov.vn; empty: the address the officer's browser uses, which a
   * citizen's phone cannot reach when the desk works on the office network.
   */
  publicAddress: optionalText(200).refine((value) => value === '' || isWebAddress(value), messageCode('public_address_invalid')),
  province: requiredText('province_required', 120),
  communeName: requiredText('commune_required', 120),
  peoplesCommittee: requiredText('peoples_committee_required', 160),
  place: requiredText('place_required', 80),
  signerName: optionalText(120),
  signerTitle: optionalText(120),
});
export type CentreIdentity = z.infer<typeof CentreIdentitySchema>;

/** Control-slip leg shares (fractions of the dossier's working time that sum to 1). */
export const LegSharesSchema = z
  .object(Object.fromEntries(legShareKinds.map((kind) => [kind, z.number().min(0).max(1)])) as Record<(typeof legShareKinds)[number], z.ZodNumber>)
  .superRefine((value, ctx) => {
    if (legSharesProblem(value)) ctx.addIssue({ code: 'custom', path: [legShareKinds[legShareKinds.length - 1]!], message: messageCode('leg_shares_sum') });
  });

export const SupplementDeadlineSchema = z.object({
  supplementDeadlineWorkingDays: z.number().int().min(1).max(90),
});

/** Idle timeout and absolute lifetime of a session (`sessions`). */
export const SessionSettingsSchema = z.object({
  idleMinutes: z.number().int().min(1).max(24 * 60),
  absoluteHours: z.number().int().min(1).max(24 * 30),
});
export type SessionSettings = z.infer<typeof SessionSettingsSchema>;
export const defaultSessionSettings: SessionSettings = { idleMinutes: 60, absoluteHours: 12 };

const NotificationTextSchema = z.object({
  subject: requiredText('template_subject_required', 200),
  body: requiredText('template_body_required', 1000),
});

/** The administrator's texts of the messages to applicants (`notification_templates`); a missing one uses the shipped text. */
export const NotificationTextsSchema = z
  .object(Object.fromEntries(notificationTemplates.map((template) => [template, NotificationTextSchema.optional()])) as Record<NotificationTemplate, z.ZodOptional<typeof NotificationTextSchema>>)
  .strict()
  .superRefine((value, ctx) => {
    for (const template of notificationTemplates) {
      const text = value[template];
      if (!text) continue;
      for (const part of ['subject', 'body'] as const) {
        const unknown = unknownPlaceholders(template, text[part]);
        if (unknown.length) {
          ctx.addIssue({ code: 'custom', path: [template, part], message: messageCode('template_placeholder_unknown'), params: { names: unknown.map((name) => `{${name}}`).join(', ') } });
        }
      }
    }
  });

/** The settings sections, by the key of their row in `settings`. */
export const settingKeys = {
  identity: 'centre',
  workingTime: 'working_time',
  supplementDeadline: 'supplement_deadline_working_days',
  legShares: 'leg_shares',
  sessions: 'sessions',
  notificationTexts: 'notification_templates',
} as const;
export type SettingsSection = keyof typeof settingKeys;

export const settingDefaults = {
  workingTime: defaultWorkingTimeSettings,
  supplementDeadline: { supplementDeadlineWorkingDays: defaultSupplementDeadlineWorkingDays },
  legShares: defaultLegShares,
  sessions: defaultSessionSettings,
  notificationTexts: {},
} as const;

const versioned = <T extends z.ZodType>(value: T) => z.object({ value, version: z.number().int() });

/** GET /api/admin/settings: every section with the version an edit must send back. */
export const AdminSettings = z.object({
  identity: versioned(CentreIdentitySchema).extend({ unitVersion: z.number().int() }),
  workingTime: versioned(WorkingTimeSettingsSchema),
  supplementDeadline: versioned(SupplementDeadlineSchema),
  legShares: versioned(LegSharesSchema),
  sessions: versioned(SessionSettingsSchema),
  notificationTexts: versioned(NotificationTextsSchema),
});
export type AdminSettings = z.infer<typeof AdminSettings>;

/** The version of a settings row the user saw: 0 when it did not exist yet (its default was shown). */
const SettingVersion = z.number({ error: messageCode('record_version_required') }).int().min(0).max(PG_INTEGER_MAX);

/** PUT bodies: the section's value and the version the user saw. */
export const IdentityUpdate = CentreIdentitySchema.extend({ version: SettingVersion, unitVersion: RowVersion });
export const WorkingTimeUpdate = z.object({ value: WorkingTimeSettingsSchema, version: SettingVersion });
export const SupplementDeadlineUpdate = SupplementDeadlineSchema.extend({ version: SettingVersion });
export const LegSharesUpdate = z.object({ value: LegSharesSchema, version: SettingVersion });
export const SessionSettingsUpdate = SessionSettingsSchema.extend({ version: SettingVersion });
export const NotificationTextsUpdate = z.object({ value: NotificationTextsSchema, version: SettingVersion });
