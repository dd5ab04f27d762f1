import type { Queryable } from '../db/db.ts';
import type { DossierListQuery } from '../../domain/schemas/dossier-query.ts';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import { queueDefinitions, type QueueKey } from '../../domain/queues.ts';
import { lateFor766Sql, paidOnlineSql, timedStatuses } from '../../domain/indicators.ts';
import { digitisedSql } from '../../domain/digitisation.ts';
import { dissatisfiedRatingSql, type RatingFilter } from '../../domain/satisfaction.ts';
import type { SearchMatch } from './search.ts';
import type { WorkingCalendar } from '../../domain/working-time.ts';
import type { DossierStatus } from '../../domain/dossier-status.ts';
import { vietnamDayEnd, vietnamDayStart } from '../../domain/vietnam-time.ts';

/** Collects SQL conditions and their parameters ($1, $2… in order). */
export class Conditions {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];
  /** The statuses a row can be in, when a condition limits them (the list's order reads it). */
  statuses: readonly DossierStatus[] | undefined;
  private statusClauses = 0;

  /** Adds a clause; `?` marks are replaced by the next parameter numbers. */
  add(clause: string, ...values: unknown[]): void {
    let index = 0;
    this.clauses.push(clause.replace(/\?/g, () => `$${this.params.length + ++index}`));
    this.params.push(...values);
  }

  /**
   * Only dossiers in these statuses. One status is an equality, so an index on
   * (status, appointment_at) also gives the rows in order (`= ANY` of one does not).
   */
  addStatuses(statuses: readonly DossierStatus[]): void {
    this.statuses = this.statuses ? this.statuses.filter((status) => statuses.includes(status)) : [...statuses];
    if (statuses.length === 1) this.add('d.status = ?', statuses[0]);
    else this.add('d.status = ANY(?::text[])', [...statuses]);
    this.statusClauses++;
  }

  /**
   * Nothing but statuses limits the rows (or nothing at all): the counts kept per status
   * (`dossier_status_counts`, migration 041) then give how many there are.
   */
  get onlyStatuses(): boolean {
    return this.clauses.length === this.statusClauses;
  }

  get where(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

/** The counts the database keeps per status (migration 041), in the same transactions as the dossiers. */
export async function keptStatusCounts(db: Queryable): Promise<Map<string, number>> {
  const rows = await db.query<{ status: string; count: number }>('SELECT status, sum(count)::int AS count FROM dossier_status_counts GROUP BY status');
  return new Map(rows.map((row) => [row.status, row.count]));
}

/** How many dossiers meet conditions that only limit statuses (`onlyStatuses`), from the kept counts. */
export function keptCount(conditions: Conditions, perStatus: ReadonlyMap<string, number>): number {
  const statuses = conditions.statuses ?? [...perStatus.keys()];
  return statuses.reduce((sum, status) => sum + (perStatus.get(status) ?? 0), 0);
}

/** Start of a local (Vietnam) day as an instant. */
export const dayStart = vietnamDayStart;
const nextDayStart = vietnamDayEnd;

/** A queue's meaning (src/domain/queues.ts) as SQL, relative to the person asking. */
function addQueue(conditions: Conditions, queue: QueueKey, user: CurrentUser, now: Date, calendar: WorkingCalendar): void {
  const { statuses, scope, due, notDigitised } = queueDefinitions[queue];
  if (due) return addDue(conditions, due, now, calendar);
  if (statuses) conditions.addStatuses(statuses);
  if (notDigitised) conditions.add(`NOT ${digitisedSql}`);
  if (scope === 'holderUnit') conditions.add('d.holder_unit_id = ?', user.unitId);
  if (scope === 'decidingUnit') conditions.add('d.deciding_unit_id = ?', user.unitId);
  if (scope === 'holder') conditions.add('d.holder_user_id = ?', user.id);
}

function addDue(conditions: Conditions, due: 'late' | 'due_soon', now: Date, calendar: WorkingCalendar): void {
  conditions.addStatuses(timedStatuses);
  if (due === 'late') conditions.add('d.appointment_at < ?', now);
  else conditions.add('d.appointment_at >= ? AND d.appointment_at <= ?', now, calendar.dueSoonLimit(now));
}

const likeText = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The search box (`resolveSearch` read what was typed). */
function addSearch(conditions: Conditions, search: SearchMatch): void {
  switch (search.kind) {
    case 'code':
      return conditions.add('d.code = ?', search.code);
    case 'words':
      conditions.add('d.search_words && ?::text[]', search.runs);
      if (search.text) conditions.add("d.search_text LIKE '%' || ? || '%'", likeText(search.text));
      return;
    case 'text':
      return conditions.add("d.search_text LIKE '%' || ? || '%'", likeText(search.text));
    case 'nothing':
      return conditions.add('false');
  }
}

/**
 * The WHERE of a dossier list: queue, search box and every filter, for this user at this
 * instant. `search` is the search box resolved by `resolveSearch` (it needs the database).
 */
export function dossierConditions(query: DossierListQuery, user: CurrentUser, now: Date, calendar: WorkingCalendar, search?: SearchMatch): Conditions {
  const conditions = new Conditions();
  if (query.queue) addQueue(conditions, query.queue, user, now, calendar);
  if (query.status?.length) conditions.addStatuses(query.status);
  if (search) addSearch(conditions, search);
  if (query.procedureId) conditions.add('d.procedure_id = ?', query.procedureId);
  if (query.fieldId) conditions.add('d.procedure_id IN (SELECT id FROM procedures WHERE field_id = ?)', query.fieldId);
  if (query.departmentId) conditions.add('d.deciding_unit_id = ?', query.departmentId);
  if (query.handlerId) conditions.add('d.handler_user_id = ?', query.handlerId);
  if (query.channel) conditions.add('d.channel = ?', query.channel);
  if (query.received) conditions.add(`d.received_at IS ${query.received === 'true' ? 'NOT ' : ''}NULL`);
  if (query.receivedFrom) conditions.add('coalesce(d.received_at, d.submitted_at) >= ?', dayStart(query.receivedFrom));
  if (query.receivedTo) conditions.add('coalesce(d.received_at, d.submitted_at) < ?', nextDayStart(query.receivedTo));
  if (query.appointmentFrom) conditions.add('d.appointment_at >= ?', dayStart(query.appointmentFrom));
  if (query.appointmentTo) conditions.add('d.appointment_at < ?', nextDayStart(query.appointmentTo));
  if (query.due) addDue(conditions, query.due, now, calendar);
  if (query.decidedFrom) conditions.add('d.decided_at >= ?', dayStart(query.decidedFrom));
  if (query.decidedTo) conditions.add('d.decided_at < ?', nextDayStart(query.decidedTo));
  if (query.decidedLate) conditions.add(`d.decided_at IS NOT NULL AND ${query.decidedLate === 'true' ? '' : 'NOT '}${lateFor766Sql}`);
  if (query.digitised) conditions.add(`${query.digitised === 'true' ? '' : 'NOT '}${digitisedSql}`);
  if (query.fee) conditions.add(feeConditions[query.fee]);
  if (query.feePaidFrom) conditions.add('d.fee_paid_at >= ?', dayStart(query.feePaidFrom));
  if (query.feePaidTo) conditions.add('d.fee_paid_at < ?', nextDayStart(query.feePaidTo));
  if (query.rating) addRating(conditions, query.rating);
  if (query.returnedById) {
    conditions.add("EXISTS (SELECT 1 FROM dossier_events e WHERE e.dossier_id = d.id AND e.action = 'return_result' AND e.actor_user_id = ?)", query.returnedById);
  }
  return conditions;
}

/** The fee filter, by `feeState` (src/domain/fees.ts) and the Decision 766 online payment. */
const feeConditions: Record<NonNullable<DossierListQuery['fee']>, string> = {
  none: 'd.fee_amount <= 0',
  unpaid: 'd.fee_amount > 0 AND d.fee_paid_at IS NULL',
  paid: 'd.fee_amount > 0 AND d.fee_paid_at IS NOT NULL',
  paid_online: `d.fee_amount > 0 AND d.fee_paid_at IS NOT NULL AND ${paidOnlineSql}`,
};

function addRating(conditions: Conditions, rating: RatingFilter): void {
  const rated = (condition: string) => `EXISTS (SELECT 1 FROM dossier_ratings r WHERE r.dossier_id = d.id AND ${condition})`;
  if (rating === 'rated') conditions.add(rated('true'));
  else if (rating === 'unrated') conditions.add(`NOT ${rated('true')}`);
  else if (rating === 'dissatisfied') conditions.add(rated(dissatisfiedRatingSql));
  else conditions.add(rated('r.level = ?'), Number(rating));
}
