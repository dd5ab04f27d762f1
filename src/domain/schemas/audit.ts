import { z } from 'zod';
import { auditActions, auditCategories, auditEntities } from '../audit.ts';
import { messageCode } from '../messages.ts';
import { roles } from '../roles.ts';
import { LocalDate, Uuid } from './common.ts';

const Json: z.ZodType<unknown> = z.unknown();

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  actorUserId: Uuid.nullable(),
  /** As the person was named at the time (a failed sign-in names the username typed). */
  actorName: z.string(),
  actorUsername: z.string().nullable(),
  actorRole: z.enum(roles).nullable(),
  action: z.enum(auditActions),
  entity: z.enum(auditEntities),
  entityId: z.string().nullable(),
  /** What the entry is about, for people: a procedure's code and name, a dossier's code and applicant… */
  entityLabel: z.string(),
  before: Json,
  after: Json,
  details: Json,
  address: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z
  .object({
    from: LocalDate.optional(),
    to: LocalDate.optional(),
    category: z.enum(auditCategories).optional(),
    action: z.enum(auditActions).optional(),
    actorUserId: Uuid.optional(),
    /** Accent-insensitive search in the actor's name and what the entry is about. */
    q: z.string().trim().max(200).optional(),
    page: z.coerce.number().int().min(1, messageCode('page_too_small')).default(1),
    pageSize: z.coerce.number().int().min(1).max(200, messageCode('page_size_too_big')).default(50),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.to < value.from) ctx.addIssue({ code: 'custom', path: ['to'], message: messageCode('period_end_before_start') });
  });
export type AuditQuery = z.input<typeof AuditQuery>;

export const AuditPage = z.object({
  entries: z.array(AuditEntry),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditPage = z.infer<typeof AuditPage>;
