import { z } from 'zod';
import { Email, optional } from '../citizen.ts';
import { messageCode } from '../messages.ts';
import { roles } from '../roles.ts';
import { optionalText, requiredText, RowVersion, Uuid } from './common.ts';

/** Lower-case letters without diacritics, digits, dot, underscore and hyphen: what people type at a login box. */
export const Username = z
  .string({ error: (issue) => (issue.code === 'invalid_type' ? messageCode('username_required') : undefined) })
  .trim()
  .toLowerCase()
  .min(1, messageCode('username_required'))
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, messageCode('username_invalid'));

/** A work phone: digits with the usual separators (landlines too, unlike an applicant's mobile). */
export const StaffPhone = z.string().trim().regex(/^\+?[0-9][0-9 .]{5,18}[0-9]$/, messageCode('staff_phone_invalid'));

const UserFields = {
  fullName: requiredText('full_name_required', 120),
  title: optionalText(160),
  role: z.enum(roles, { error: messageCode('role_required') }),
  unitId: z.uuid(messageCode('unit_required')),
  phone: optional(StaffPhone),
  email: optional(Email),
};

/** POST /api/admin/users: the new account gets a one-time password, shown once, to change at the first login. */
export const UserCreate = z.object({ username: Username, ...UserFields });
export type UserCreate = z.input<typeof UserCreate>;

/** PUT /api/admin/users/{id}: the username never changes (the audit log and the history name people by it). */
export const UserUpdate = z.object({ ...UserFields, version: RowVersion });
export type UserUpdate = z.input<typeof UserUpdate>;

export const UserActivation = z.object({ active: z.boolean(), version: RowVersion });
export const UserVersion = z.object({ version: RowVersion });

export const AdminUser = z.object({
  id: Uuid,
  username: z.string(),
  fullName: z.string(),
  title: z.string(),
  role: z.enum(roles),
  unitId: Uuid,
  unitName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  version: z.number().int(),
  /** Open dossiers the user holds or handles: they must go to a colleague before the user moves or leaves. */
  heldDossierCount: z.number().int(),
  lastSignInAt: z.iso.datetime({ offset: true }).nullable(),
});
export type AdminUser = z.infer<typeof AdminUser>;

/** A new account or a reset: the one-time password, shown once and never stored in clear. */
export const UserWithPassword = z.object({ user: AdminUser, oneTimePassword: z.string() });

/** An open dossier a user holds, listed so it can be handed to a colleague first. */
export const HeldDossier = z.object({
  id: Uuid,
  code: z.string(),
  version: z.number().int(),
  status: z.string(),
  procedureName: z.string(),
  applicantName: z.string(),
  appointmentAt: z.iso.datetime({ offset: true }).nullable(),
});
export type HeldDossier = z.infer<typeof HeldDossier>;

/** POST /api/admin/users/{id}/transfer: hand the listed dossiers to a colleague (one transaction, all or nothing). */
export const TransferDossiers = z.object({
  toUserId: z.uuid(messageCode('transfer_target_required')),
  note: optionalText(500),
  items: z
    .array(z.object({ id: Uuid, version: RowVersion }))
    .min(1, messageCode('dossiers_required'))
    .max(500),
});
export type TransferDossiers = z.input<typeof TransferDossiers>;

/** The transfer action's own input (the executor checks it like every other step's). */
export const TransferHolderInput = z.object({
  fromUserId: Uuid,
  toUserId: Uuid,
  note: optionalText(500),
});
