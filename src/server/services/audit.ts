import type { Db, Queryable } from '../db/db.ts';
import { actionsOfCategory, mayReadAuditLog, type AuditAction, type AuditEntity } from '../../domain/audit.ts';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import type { AuditEntry, AuditQuery } from '../../domain/schemas/audit.ts';
import type { z } from 'zod';

type AuditFilters = z.output<typeof AuditQuery>;
import { foldText } from '../../domain/text.ts';
import { vietnamDayStart } from '../../domain/vietnam-time.ts';
import { forbidden } from '../http/errors.ts';
import { message } from '../../domain/messages.ts';
import type { Role } from '../../domain/roles.ts';

/** Who did it: a signed-in user, or (a failed sign-in) only the username typed. */
export type AuditActor = CurrentUser | { username: string };

export interface AuditRecord {
  at: Date;
  actor: AuditActor | null;
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | null;
  /** What the entry is about, for people: "1.004873 Cấp Giấy xác nhận…", "hotich (Trần Thị Mai)". */
  entityLabel?: string;
  before?: unknown;
  after?: unknown;
  details?: Record<string, unknown>;
  address?: string | null;
}

function isUser(actor: AuditActor): actor is CurrentUser {
  return 'id' in actor;
}

/** Appends one entry, in the caller's transaction (a change and its entry commit together). */
export async function appendAudit(tx: Queryable, record: AuditRecord): Promise<void> {
  const actor = record.actor;
  const actorName = actor ? (isUser(actor) ? actor.fullName : actor.username) : 'Hệ thống';
  const label = record.entityLabel ?? '';
  await tx.query(
    `INSERT INTO audit_log (at, actor_user_id, actor_name, actor_username, actor_role, action, entity, entity_id, entity_label,
       search_text, before, after, details, address)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      record.at,
      actor && isUser(actor) ? actor.id : null,
      actorName,
      actor ? actor.username : null,
      actor && isUser(actor) ? actor.role : null,
      record.action,
      record.entity,
      record.entityId ?? null,
      label,
      foldText(`${actorName} ${actor?.username ?? ''} ${label}`),
      record.before === undefined ? null : JSON.stringify(record.before),
      record.after === undefined ? null : JSON.stringify(record.after),
      JSON.stringify(record.details ?? {}),
      record.address ?? null,
    ],
  );
}

/** Repeated openings of the same dossier by the same person within this window make one entry (page reloads, refetches). */
export const PERSONAL_DATA_VIEW_WINDOW_MS = 5 * 60_000;

/**
 * Records that a person opened a dossier's personal data (Decree 13/2023: who viewed which
 * data subject, when). Openings of the same dossier by the same person within a few
 * minutes are one viewing.
 */
export async function recordPersonalDataView(
  db: Queryable,
  viewer: CurrentUser,
  dossier: { id: string; code: string; applicantName: string },
  what: 'dossier' | 'attachment' | 'print',
  now: Date,
): Promise<void> {
  const [recent] = await db.query(
    `SELECT 1 FROM audit_log WHERE entity = 'dossier' AND entity_id = $1 AND actor_user_id = $2 AND action = 'personal_data.view'
       AND at > $3 AND details ->> 'what' = $4 LIMIT 1`,
    [dossier.id, viewer.id, new Date(now.getTime() - PERSONAL_DATA_VIEW_WINDOW_MS), what],
  );
  if (recent) return;
  await appendAudit(db, {
    at: now,
    actor: viewer,
    action: 'personal_data.view',
    entity: 'dossier',
    entityId: dossier.id,
    entityLabel: `${dossier.code} — ${dossier.applicantName}`,
    details: { what, code: dossier.code, applicant: dossier.applicantName },
  });
}

interface AuditRow {
  id: number;
  at: Date;
  actor_user_id: string | null;
  actor_name: string;
  actor_username: string | null;
  actor_role: Role | null;
  action: AuditAction;
  entity: AuditEntity;
  entity_id: string | null;
  entity_label: string;
  before: unknown;
  after: unknown;
  details: unknown;
  address: string | null;
}

/** Vietnam midnight of a local date, as an instant. */
const startOfDay = vietnamDayStart;
const DAY_MS = 86_400_000;

function auditWhere(query: AuditFilters) {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(params.length));
  };
  if (query.from) add((n) => `at >= $${n}`, startOfDay(query.from));
  if (query.to) add((n) => `at < $${n}`, new Date(startOfDay(query.to).getTime() + DAY_MS));
  if (query.action) add((n) => `action = $${n}`, query.action);
  else if (query.category) add((n) => `action = ANY($${n}::text[])`, actionsOfCategory(query.category));
  if (query.actorUserId) add((n) => `actor_user_id = $${n}`, query.actorUserId);
  if (query.q) add((n) => `search_text LIKE $${n}`, `%${foldText(query.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: Number(row.id),
    at: row.at.toISOString(),
    actorUserId: row.actor_user_id,
    actorName: row.actor_name,
    actorUsername: row.actor_username,
    actorRole: row.actor_role,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    entityLabel: row.entity_label,
    before: row.before,
    after: row.after,
    details: row.details,
    address: row.address,
  };
}

export function requireAuditReader(user: CurrentUser) {
  if (!mayReadAuditLog(user.role)) throw forbidden(message('audit_log_forbidden'));
}

/** One page of the log, newest first, and how many entries match. */
export async function listAudit(db: Db, user: CurrentUser, query: AuditFilters) {
  requireAuditReader(user);
  const { where, params } = auditWhere(query);
  const [count] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log ${where}`, params);
  const rows = await db.query<AuditRow>(
    `SELECT * FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, query.pageSize, (query.page - 1) * query.pageSize],
  );
  return { entries: rows.map(toEntry), total: count?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/** Every matching entry (for the export), newest first, at most `limit`. */
export async function allAuditEntries(db: Db, user: CurrentUser, query: AuditFilters, limit = 50_000): Promise<AuditEntry[]> {
  requireAuditReader(user);
  const { where, params } = auditWhere(query);
  const rows = await db.query<AuditRow>(`SELECT * FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT $${params.length + 1}`, [...params, limit]);
  return rows.map(toEntry);
}
